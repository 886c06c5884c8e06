/**
 * `copydesk dlq list|redrive`: read and replay the dead-letter queue, on AWS or on the local stack.
 *
 * A dead-lettered message holds S3 notifications, not the error; the error is in the `failed` record the
 * handler leaves on a message's last delivery, so `list` shows that record's error when there is one
 * (else, locally, what the bridge noted; on SQS, only the receive count).
 */
import { parseArgs } from 'node:util';
import {
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  DATA_FOLDER_FILES,
  deadLettersFile,
  defaultDataDir,
  redriveInbox,
  stackIn,
} from '../../infra/local/data-folder.ts';
import { fileDeadLetters, putInRedriveInbox } from '../../infra/local/dead-letters.ts';
import { messageContents } from '../../infra/local/messages.ts';
import { LOCAL, STACK_OUTPUTS } from '../shared/definitions.ts';
import {
  findLocalStack,
  namedDataDir,
  requiredOutput,
  resolveTarget,
  stackOutputs,
  type Target,
} from './target.ts';
import { UsageError } from './usage-error.ts';

export const DLQ_HELP = `Usage: copydesk dlq list    [target] [--json]
       copydesk dlq redrive [target]

Messages that failed every delivery wait in the dead-letter queue.
  list       each message: id, receive count, the object(s) it names, and the last error
             (from the file's 'failed' record when there is one, else why the message is unreadable)
  redrive    send them back to be processed again

Target (default: the running local stack, else ./${LOCAL.dataDir}):
  --local             the local stack's dead-letter store (DATA/${DATA_FOLDER_FILES.deadLetters})
  --data-dir DIR      the local stack started with 'npm start -- --watch --data-dir DIR'.
                      Redriven messages go to the DATA/${DATA_FOLDER_FILES.redriveInbox}/ inbox: a running
                      'npm start -- --watch' takes them within a second, or at its next start.
  --stack NAME        a deployed stack: the DLQ and table from its CloudFormation outputs
  --queue-url URL     the dead-letter queue itself (add --table NAME to look up errors)
  --region R          AWS region (default: the standard chain)
  --json              one JSON object per message
  -h, --help          show this help

On SQS, list receives the messages with a visibility timeout of 0 (they stay in the queue and their
receive count goes up by one); redrive starts an SQS message move task back to the source queue.`;

export interface DeadLetterView {
  messageId: string;
  receiveCount: number;
  /** `s3://bucket/key` of each object the message names (empty for an unreadable message). */
  objects: string[];
  lastError: string;
}

export async function dlqCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      local: { type: 'boolean' },
      'data-dir': { type: 'string' },
      'local-dir': { type: 'string' },
      stack: { type: 'string' },
      'queue-url': { type: 'string' },
      table: { type: 'string' },
      region: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.write(`${DLQ_HELP}\n`);
    return 0;
  }
  const [action] = positionals;
  if (action !== 'list' && action !== 'redrive') throw new UsageError("dlq: give 'list' or 'redrive'");
  const local = values.local || namedDataDir(values) !== undefined;
  const targets = [local, values.stack, values['queue-url']].filter(Boolean).length;
  if (targets > 1)
    throw new UsageError('dlq: give one of --local (or --data-dir DIR), --stack NAME, --queue-url URL');

  if (targets === 0 || local) {
    const dir = localDataDir(values);
    return action === 'list' ? listLocal(dir, values.json ?? false, out) : redriveLocal(dir, out);
  }
  const region = values.region ? { region: values.region } : {};
  const queueUrl = values['queue-url'] ?? (await deadLetterQueueUrl(values.stack!, region));
  const sqs = new SQSClient(region);
  try {
    if (action === 'redrive') return await redriveSqs(sqs, queueUrl, out);
    const target =
      values.stack || values.table
        ? await resolveTarget({ stack: values.stack, table: values.table, region: values.region })
        : null;
    try {
      return await listSqs(sqs, queueUrl, target, values.json ?? false, out);
    } finally {
      target?.close();
    }
  } finally {
    sqs.destroy();
  }
}

/**
 * The local data folder whose dead letters to read: the one named, else the running stack's, else
 * ./.local when a stack once ran there (its dead letters stay readable while it is stopped).
 */
function localDataDir(flags: {
  local?: boolean | undefined;
  'data-dir'?: string | undefined;
  'local-dir'?: string | undefined;
}): string {
  const named = namedDataDir(flags);
  if (named !== undefined) return named;
  try {
    return findLocalStack({ local: flags.local }).dataDir;
  } catch (error) {
    if (stackIn(defaultDataDir())) return defaultDataDir();
    throw error;
  }
}

async function listLocal(dir: string, json: boolean, out: NodeJS.WritableStream): Promise<number> {
  const letters = await fileDeadLetters(deadLettersFile(dir)).list();
  // The failed records hold the real errors; a stopped stack's table cannot be read (fall back then).
  const target = await resolveTarget({ local: true, 'data-dir': dir }).catch(() => null);
  try {
    const views: DeadLetterView[] = [];
    for (const letter of letters) {
      const { ids, problem } = messageContents(letter.body);
      const failed = await failedError(target?.documents, target?.table, ids);
      views.push({
        messageId: letter.messageId,
        receiveCount: letter.receiveCount,
        objects: ids,
        lastError: failed ?? problem ?? letter.lastError,
      });
    }
    write(views, deadLettersFile(dir), json, out);
    return 0;
  } finally {
    target?.close();
  }
}

async function redriveLocal(dir: string, out: NodeJS.WritableStream): Promise<number> {
  const letters = await fileDeadLetters(deadLettersFile(dir)).takeAll();
  await putInRedriveInbox(dir, letters);
  out.write(
    `${letters.length} message(s) moved to ${redriveInbox(dir)}/; a running ` +
      "'npm start -- --watch' sends them back within a second (or at its next start)\n",
  );
  return 0;
}

/** Receive until no new message turns up; visibility 0 leaves every message in the queue. */
export async function peekQueue(sqs: SQSClient, queueUrl: string, maxMessages = 1000): Promise<Message[]> {
  const seen = new Map<string, Message>();
  let emptyRounds = 0;
  while (seen.size < maxMessages && emptyRounds < 3) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 0,
        WaitTimeSeconds: 1,
        MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
      }),
    );
    const fresh = Messages.filter((message) => message.MessageId && !seen.has(message.MessageId));
    for (const message of fresh) seen.set(message.MessageId!, message);
    emptyRounds = fresh.length === 0 ? emptyRounds + 1 : 0;
  }
  return [...seen.values()];
}

async function listSqs(
  sqs: SQSClient,
  queueUrl: string,
  target: Target | null,
  json: boolean,
  out: NodeJS.WritableStream,
): Promise<number> {
  const views: DeadLetterView[] = [];
  for (const message of await peekQueue(sqs, queueUrl)) {
    const { ids, problem } = messageContents(message.Body ?? '');
    const failed = await failedError(target?.documents, target?.table, ids);
    views.push({
      messageId: message.MessageId ?? '',
      receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 0),
      objects: ids,
      lastError: failed ?? problem ?? '(no failed record: see the function logs for this message id)',
    });
  }
  write(views, queueUrl, json, out);
  return 0;
}

async function redriveSqs(sqs: SQSClient, queueUrl: string, out: NodeJS.WritableStream): Promise<number> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const arn = Attributes?.QueueArn;
  if (!arn) throw new Error(`no QueueArn for ${queueUrl}`);
  // Without a DestinationArn, SQS moves the messages back to the queue each one came from.
  const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: arn }));
  out.write(`redrive started: messages of ${queueUrl} go back to their source queue (task ${TaskHandle})\n`);
  return 0;
}

async function deadLetterQueueUrl(stack: string, region: { region?: string }): Promise<string> {
  return requiredOutput(await stackOutputs(stack, region), stack, STACK_OUTPUTS.deadLetterQueueUrl);
}

/** The error of the first `failed` record among the objects, if the table can be read. */
async function failedError(
  documents: DynamoDBDocumentClient | undefined,
  table: string | undefined,
  objects: string[],
): Promise<string | null> {
  if (!documents || !table) return null;
  for (const id of objects) {
    try {
      const { Item } = await documents.send(new GetCommand({ TableName: table, Key: { id } }));
      if (Item?.status === 'failed' && typeof Item.error === 'string') return Item.error;
    } catch {
      return null; // the table is unreachable (say, the local stack is not running): fall back
    }
  }
  return null;
}

function write(views: DeadLetterView[], where: string, json: boolean, out: NodeJS.WritableStream): void {
  if (json) {
    for (const view of views) out.write(`${JSON.stringify(view)}\n`);
    return;
  }
  out.write(`${views.length} message(s) in the dead-letter queue (${where})\n`);
  for (const view of views) {
    const objects = view.objects.length > 0 ? view.objects.join(' ') : '(not an S3 notification)';
    out.write(
      `${view.messageId}  receives ${view.receiveCount}  ${objects}\n  last error: ${view.lastError}\n`,
    );
  }
}
