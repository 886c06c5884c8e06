/**
 * An SQS-compatible HTTP endpoint in front of the local bridge, so another process (`copydesk
 * reprocess`, or `aws sqs send-message --endpoint-url …`) can enqueue messages on a running local
 * stack exactly as it would on the real queue: same SDK calls, same message bodies.
 *
 * Speaks the subset of SQS's JSON protocol that senders use: SendMessage, SendMessageBatch,
 * GetQueueUrl; plus `CopydeskLocal.Drain`, which answers once every queued message is processed
 * (there is no such call on real SQS; the CLI polls queue attributes there instead).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface QueueSink {
  send(body: string): string;
  drain(): Promise<void>;
}

export interface QueueEndpoint {
  /** The queue URL to give SQS clients (its origin is the endpoint). */
  queueUrl: string;
  close(): Promise<void>;
}

/** SendMessageBatch accepts at most 10 entries, like SQS. */
const MAX_BATCH = 10;

export async function startQueueEndpoint(
  sink: QueueSink,
  queueName: string,
  options: { port?: number; host?: string } = {},
): Promise<QueueEndpoint> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) =>
      reply(response, 500, fault('InternalError', String(error))),
    );
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const action = String(request.headers['x-amz-target'] ?? '');
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      return reply(response, 400, fault('InvalidParameterValue', 'body is not JSON'));
    }
    if (action === 'AmazonSQS.GetQueueUrl') {
      if (input.QueueName !== queueName)
        return reply(response, 400, fault('QueueDoesNotExist', 'no such queue'));
      return reply(response, 200, { QueueUrl: queueUrl });
    }
    if (action === 'CopydeskLocal.Drain') {
      await sink.drain();
      return reply(response, 200, {});
    }
    if (!String(input.QueueUrl ?? '').endsWith(`/${queueName}`)) {
      return reply(response, 400, fault('QueueDoesNotExist', `no such queue: ${String(input.QueueUrl)}`));
    }
    if (action === 'AmazonSQS.SendMessage') {
      const body = String(input.MessageBody ?? '');
      return reply(response, 200, { MessageId: sink.send(body), MD5OfMessageBody: md5(body) });
    }
    if (action === 'AmazonSQS.SendMessageBatch') {
      const entries = Array.isArray(input.Entries)
        ? (input.Entries as { Id: string; MessageBody: string }[])
        : [];
      if (entries.length === 0 || entries.length > MAX_BATCH) {
        return reply(response, 400, fault('TooManyEntriesInBatchRequest', `1 to ${MAX_BATCH} entries`));
      }
      const successful = entries.map((entry) => ({
        Id: entry.Id,
        MessageId: sink.send(entry.MessageBody),
        MD5OfMessageBody: md5(entry.MessageBody),
      }));
      return reply(response, 200, { Successful: successful, Failed: [] });
    }
    return reply(response, 400, fault('UnsupportedOperation', `not supported locally: ${action}`));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const queueUrl = `http://${host}:${port}/000000000000/${queueName}`;
  return {
    queueUrl,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

function fault(code: string, message: string) {
  return { __type: `com.amazonaws.sqs#${code}`, message };
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
  response.end(JSON.stringify(body));
}
