/**
 * Test fixture: an in-process local stack (port 0) published the way `npm start -- --watch` does
 * (an endpoints.json in a folder, with the SQS-compatible queue endpoint), so the CLI finds it with
 * `--local-dir DIR` exactly as it finds the watch-mode stack.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { main } from '../../functions/cli/main.ts';
import { type LocalStack, startLocalStack, writeEndpointsFile } from '../../infra/local/local-stack.ts';
import { type QueueEndpoint, startQueueEndpoint } from '../../infra/local/queue-endpoint.ts';
import { capture } from '../support/capture.ts';
import { tempDir } from '../support/temp-dirs.ts';

export interface LocalTarget {
  stack: LocalStack;
  queue: QueueEndpoint;
  /** The folder holding endpoints.json (pass as --local-dir). */
  dir: string;
  /** Upload under the raw prefix; resolves once uploaded (call stack.drain() to wait for records). */
  upload(name: string, text: string | Uint8Array, url?: string): Promise<string>;
  /** Run `copydesk ARGS --local-dir DIR`, capturing stdout and stderr. */
  cli(args: string[], signal?: AbortSignal): Promise<{ code: number; stdout: string; stderr: string }>;
  close(): Promise<void>;
}

export async function startLocalTarget(): Promise<LocalTarget> {
  const stack = await startLocalStack({ batchWindowMs: 0 });
  const queue = await startQueueEndpoint(stack.bridge, stack.names.queue);
  const dir = await tempDir('copydesk-query-');
  await writeEndpointsFile(dir, stack, { queueUrl: queue.queueUrl, pid: process.pid });
  return {
    stack,
    queue,
    dir,
    async upload(name, text, url) {
      const key = `${stack.prefix}${name}`;
      await stack.s3.send(
        new PutObjectCommand({
          Bucket: stack.names.rawBucket,
          Key: key,
          Body: text,
          ...(url ? { Metadata: { url } } : {}),
        }),
      );
      return key;
    },
    async cli(args, signal) {
      const out = capture();
      const err = capture();
      const write = process.stderr.write;
      process.stderr.write = ((chunk: string | Uint8Array) => err.stream.write(chunk)) as typeof write;
      try {
        const { reprocessCommand } = await import('../../functions/cli/reprocess-command.ts');
        const withDir = args.includes('--local-dir') ? args : [...args, '--local-dir', dir];
        const code =
          args[0] === 'reprocess' && signal
            ? await reprocessCommand(withDir.slice(1), out.stream, signal)
            : await main(withDir, out.stream);
        return { code, stdout: out.text(), stderr: err.text() };
      } finally {
        process.stderr.write = write;
      }
    },
    async close() {
      await queue.close();
      await stack.close();
    },
  };
}

/** A small article the cleaner keeps, with a byline, a date line and removable chrome. */
export function article(title: string, author: string, paragraphs: string[], date = 'March 3, 2024'): string {
  return [
    title,
    '',
    `By ${author}`,
    '',
    `Published ${date}`,
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    'Follow us on Twitter',
    'Share this article',
    '',
  ].join('\n');
}
