/** `copydesk reprocess`: re-clean objects already in the raw bucket through the queue. */
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../infra/local/data-folder.ts';
import { CLEANER_VERSION } from '../core/version.ts';
import { LOCAL } from '../shared/definitions.ts';
import { formatDuration } from './progress.ts';
import { checkpointPath, type ReprocessJob, reprocess, waitForQueue } from './reprocess.ts';
import { resolveTarget, TARGET_HELP, TARGET_OPTIONS } from './target.ts';
import { UsageError } from './usage-error.ts';

export const REPROCESS_HELP = `Usage: copydesk reprocess [--prefix P] [--since DATE] [--force] [options]

Re-runs cleaning over objects already in the raw bucket (after a rule change) by sending S3-shaped
ObjectCreated messages to the queue: the same path, limits and retries as a live upload.
Objects whose record already has the current cleanerVersion and eTag are skipped.

  --prefix P          only keys under P (default: the stack's raw prefix)
  --since DATE        only objects last modified at or after DATE (ISO date or timestamp)
  --force             re-clean up-to-date records too
  --rate N            at most N messages per second (default 50; 0 = no limit)
  --wait              after sending, wait until the queue is empty (everything processed)
  --dry-run           count what would be sent; send nothing
  --checkpoint FILE   where progress is kept for resuming (default: one file per job in the local
                      stack's data folder, or ./${LOCAL.dataDir}/ for a deployed stack)
  --restart           ignore an interrupted run's checkpoint and start over
  -h, --help          show this help

Interrupt with Ctrl-C at any time: the run stops after the current batch, and the same command
resumes after the last object sent. Progress goes to stderr: a bar on a terminal, lines otherwise.

${TARGET_HELP}`;

export async function reprocessCommand(
  argv: string[],
  out: NodeJS.WritableStream,
  signal?: AbortSignal,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...TARGET_OPTIONS,
      since: { type: 'string' },
      force: { type: 'boolean', default: false },
      rate: { type: 'string', default: '50' },
      wait: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      checkpoint: { type: 'string' },
      restart: { type: 'boolean', default: false },
      'progress-interval': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.write(`${REPROCESS_HELP}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('reprocess: takes no arguments (use --prefix)');
  const rate = Number(values.rate);
  if (!Number.isFinite(rate) || rate < 0) throw new UsageError('--rate takes a number ≥ 0');
  if (values.since !== undefined && Number.isNaN(Date.parse(values.since))) {
    throw new UsageError(`--since: not a date: ${values.since}`);
  }
  const target = await resolveTarget(values);
  try {
    if (!target.rawBucket) throw new UsageError('reprocess: the raw bucket is unknown: give --bucket');
    if (!target.queueUrl) {
      throw new UsageError(
        target.kind === 'local'
          ? "reprocess: the local stack publishes no queue; restart it with 'npm start -- --watch'"
          : 'reprocess: the queue is unknown: give --queue-url',
      );
    }
    const job: ReprocessJob = {
      table: target.table,
      bucket: target.rawBucket,
      prefix: target.rawPrefix,
      queueUrl: target.queueUrl,
      since: values.since ?? null,
      force: values.force,
    };
    // Kept in the local stack's data folder, or ./.local for a deployed stack.
    const checkpointFile = values.checkpoint ?? checkpointPath(target.dataDir ?? defaultDataDir(), job);
    // Ctrl-C stops after the current batch with the checkpoint written; a second Ctrl-C exits at once.
    const controller = new AbortController();
    signal?.addEventListener('abort', () => controller.abort(), { once: true });
    const onInterrupt = () => {
      if (controller.signal.aborted) process.exit(130);
      process.stderr.write('\ninterrupted: finishing the current batch (Ctrl-C again to quit now)\n');
      controller.abort();
    };
    process.on('SIGINT', onInterrupt);
    let summary: Awaited<ReturnType<typeof reprocess>>;
    try {
      out.write(`reprocess s3://${job.bucket}/${job.prefix} → ${target.description}\n`);
      summary = await reprocess(job, target, {
        rate,
        checkpointFile,
        restart: values.restart,
        dryRun: values['dry-run'],
        signal: controller.signal,
        progress: {
          stream: process.stderr,
          terminal: Boolean(process.stderr.isTTY),
          ...(values['progress-interval'] ? { intervalMs: Number(values['progress-interval']) } : {}),
        },
      });
    } finally {
      process.off('SIGINT', onInterrupt);
    }
    if (summary.resumedAfter) out.write(`resumed after ${summary.resumedAfter}\n`);
    const verb = values['dry-run'] ? 'would send' : 'sent';
    out.write(
      `${summary.listed} object(s) listed, ${verb} ${summary.sent} (${summary.newSequencer} with a new sequencer), ` +
        `skipped ${summary.upToDate} already cleaned by ${CLEANER_VERSION} from the same eTag, ` +
        `in ${formatDuration(summary.elapsedMs / 1000)}\n`,
    );
    if (summary.interrupted) {
      out.write(`interrupted: run the same command to resume (checkpoint ${checkpointFile})\n`);
      return 130;
    }
    if (values.wait && !values['dry-run'] && summary.sent > 0) {
      const started = Date.now();
      await waitForQueue(target.sqs, target.queueUrl, target.kind === 'local');
      out.write(`queue drained in ${formatDuration((Date.now() - started) / 1000)}\n`);
    }
    return 0;
  } finally {
    target.close();
  }
}
