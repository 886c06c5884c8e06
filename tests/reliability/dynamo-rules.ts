/**
 * DynamoDB's rules for items and keys, applied to every item a test's handler writes. dynalite accepts
 * items DynamoDB refuses (a 1,070-byte index sort key, say), so tests put this request handler under the
 * real SDK: it reads each PutItem / UpdateItem request as DynamoDB receives it (marshalled JSON), answers
 * a violation with the same HTTP 400 ValidationException DynamoDB sends, and forwards the rest.
 *
 * The rules, from the DynamoDB developer guide ("Service, account, and table quotas"; "Working with
 * items"), written here independently of the handler's own size code:
 * - the table's partition key is present, a non-empty string, at most 2,048 bytes of UTF-8;
 * - an index key attribute present in the item has the type the table declares (S), is not empty, and
 *   is at most 2,048 bytes (partition key) or 1,024 bytes (sort key);
 * - the item is at most 400 KB: attribute names plus values (strings and binaries by length, numbers
 *   about one byte per two significant digits plus one, null and booleans one byte, lists and maps
 *   three bytes plus one per element and their contents).
 */
import { Readable } from 'node:stream';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, HttpRequest, HttpResponse } from '@smithy/types';
import { INDEXES, TABLE_PARTITION_KEY } from '../../functions/shared/definitions.ts';

export const PARTITION_KEY_MAX_BYTES = 2048;
export const SORT_KEY_MAX_BYTES = 1024;
export const ITEM_MAX_BYTES = 400 * 1024;

/** A DynamoDB AttributeValue as it travels in JSON. */
type AttributeValue = Record<string, unknown>;
type Item = Record<string, AttributeValue>;

/** Every rule the item breaks, as DynamoDB would word the refusal; empty when DynamoDB accepts it. */
export function dynamoRuleViolations(item: Item): string[] {
  const violations: string[] = [];
  const key = item[TABLE_PARTITION_KEY];
  if (!key) violations.push(`missing the table's partition key ${TABLE_PARTITION_KEY}`);
  else violations.push(...keyViolations(TABLE_PARTITION_KEY, key, PARTITION_KEY_MAX_BYTES, 'table'));
  for (const index of INDEXES) {
    const keys: [string, number][] = [[index.partitionKey, PARTITION_KEY_MAX_BYTES]];
    if (index.sortKey) keys.push([index.sortKey, SORT_KEY_MAX_BYTES]);
    for (const [name, limit] of keys) {
      const value = item[name];
      if (value !== undefined) violations.push(...keyViolations(name, value, limit, index.name));
    }
  }
  const size = itemBytes(item);
  if (size > ITEM_MAX_BYTES) violations.push(`Item size ${size} has exceeded the maximum allowed size`);
  return violations;
}

function keyViolations(name: string, value: AttributeValue, limit: number, where: string): string[] {
  if (typeof value.S !== 'string') {
    return [`Type mismatch for key ${name} of ${where}: expected S, got ${Object.keys(value).join()}`];
  }
  const bytes = Buffer.byteLength(value.S, 'utf8');
  if (bytes === 0) return [`The AttributeValue for key ${name} of ${where} cannot contain an empty string`];
  if (bytes > limit) return [`Key ${name} of ${where} is ${bytes} bytes, over the limit of ${limit}`];
  return [];
}

export function itemBytes(item: Item): number {
  let size = 0;
  for (const [name, value] of Object.entries(item))
    size += Buffer.byteLength(name, 'utf8') + valueBytes(value);
  return size;
}

function valueBytes(value: AttributeValue): number {
  const [type, content] = Object.entries(value)[0] ?? ['NULL', true];
  switch (type) {
    case 'S':
      return Buffer.byteLength(content as string, 'utf8');
    case 'N':
      return numberBytes(content as string);
    case 'B':
      return Buffer.from(content as string, 'base64').length;
    case 'BOOL':
    case 'NULL':
      return 1;
    case 'SS':
      return (content as string[]).reduce((sum, member) => sum + Buffer.byteLength(member, 'utf8'), 0);
    case 'NS':
      return (content as string[]).reduce((sum, member) => sum + numberBytes(member), 0);
    case 'BS':
      return (content as string[]).reduce((sum, member) => sum + Buffer.from(member, 'base64').length, 0);
    case 'L':
      return (content as AttributeValue[]).reduce((sum, element) => sum + 1 + valueBytes(element), 3);
    case 'M':
      return Object.entries(content as Item).reduce(
        (sum, [name, element]) => sum + 1 + Buffer.byteLength(name, 'utf8') + valueBytes(element),
        3,
      );
    default:
      throw new Error(`unknown AttributeValue type ${type}`);
  }
}

function numberBytes(text: string): number {
  const digits = text
    .replace(/^[-+]/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+|0+$/g, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

/** What the rules handler saw: items checked and items refused, for tests to assert on. */
export interface RuleTally {
  checked: number;
  refused: string[][];
}

/**
 * A request handler that applies dynamoRuleViolations to every PutItem (Item) and UpdateItem (Key)
 * before forwarding to `inner` (the emulator over HTTP, or a fault-injecting handler).
 */
export class DynamoRulesRequestHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  readonly tally: RuleTally = { checked: 0, refused: [] };

  constructor(
    private readonly inner: {
      handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }>;
    } = new NodeHttpHandler(),
  ) {}

  async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    const operation = String(request.headers['x-amz-target'] ?? '').replace('DynamoDB_20120810.', '');
    if (operation === 'PutItem' || operation === 'UpdateItem') {
      const body =
        typeof request.body === 'string' ? request.body : Buffer.from(request.body).toString('utf8');
      const input = JSON.parse(body) as { Item?: Item; Key?: Item };
      const item = operation === 'PutItem' ? input.Item : input.Key;
      const violations = dynamoRuleViolations(item ?? {});
      this.tally.checked += 1;
      TOTALS.checked += 1;
      if (violations.length > 0) {
        this.tally.refused.push(violations);
        TOTALS.refused.push(violations);
        return { response: validationException(violations.join('; ')) };
      }
    }
    return this.inner.handle(request, options);
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {
    (this.inner as { destroy?: () => void }).destroy?.();
  }
}

/** Every item checked in this test process (each test file runs in its own process). */
export const TOTALS: RuleTally = { checked: 0, refused: [] };

function validationException(message: string): HttpResponse {
  const body = JSON.stringify({
    __type: 'com.amazon.coral.validate#ValidationException',
    message: `One or more parameter values were invalid: ${message}`,
  });
  return {
    statusCode: 400,
    reason: 'Bad Request',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': String(Buffer.byteLength(body)),
    },
    body: Readable.from([Buffer.from(body)]),
  } as HttpResponse;
}
