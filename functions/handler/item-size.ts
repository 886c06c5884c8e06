/**
 * DynamoDB's item size rule (names and values in UTF-8), apart from record-store.ts so that the core's worker
 * thread (core-worker.ts), which counts the size of a record's removed list, loads no AWS SDK.
 */
import { utf8Length } from '../shared/utf8.ts';
import { PreparedList } from './prepared-list.ts';

/** DynamoDB's hard item limit: 400 KB, names and values counted in UTF-8. */
export const DYNAMODB_ITEM_LIMIT = 400 * 1024;

/**
 * The item's size by DynamoDB's rule, for the item as the document client marshals it. With a `budget`, the
 * walk stops once the count passes it and returns that partial count (some number above the budget): a 10 MB
 * input's record holds a hundred thousand removed lines, and fitItem only asks whether it fits.
 */
export function itemSize(item: Record<string, unknown>, budget = Number.POSITIVE_INFINITY): number {
  return entriesSize(item, 0, budget);
}

/** Whether the item is within `limit` bytes (`itemSize(item) <= limit`, reading at most about `limit` of it). */
export function itemFits(item: Record<string, unknown>, limit: number): boolean {
  return itemSize(item, limit) <= limit;
}

/** `size` plus each defined entry's name and value (plus `perEntry` bytes each), stopping past `budget`. */
function entriesSize(entries: Record<string, unknown>, perEntry: number, budget: number, size = 0): number {
  for (const name in entries) {
    if (!Object.hasOwn(entries, name)) continue;
    const value = entries[name];
    if (value === undefined) continue; // removed by the marshaller
    size += perEntry + utf8Length(name);
    if (size > budget) return size;
    size += valueSize(value, budget - size);
    if (size > budget) return size;
  }
  return size;
}

/** A value's size by DynamoDB's rule; past `budget`, some number above it (the walk stops there). */
export function valueSize(value: unknown, budget = Number.POSITIVE_INFINITY): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8Length(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberSize(String(value));
  if (value instanceof Uint8Array) return value.length;
  // Counted by the core's worker, up to the item limit (prepared-list.ts).
  if (value instanceof PreparedList) return value.size;
  if (value instanceof Set) {
    let size = 0;
    for (const member of value) {
      size += valueSize(member, budget - size);
      if (size > budget) return size;
    }
    return size;
  }
  if (Array.isArray(value)) {
    // Lists: 3 bytes, plus 1 byte per element.
    let size = 3;
    for (const element of value) {
      if (element === undefined) continue;
      size += 1 + valueSize(element, budget - size - 1);
      if (size > budget) return size;
    }
    return size;
  }
  // Maps: 3 bytes, plus 1 byte per entry and each entry's name.
  if (typeof value === 'object') return entriesSize(value as Record<string, unknown>, 1, budget, 3);
  return utf8Length(String(value));
}

/** Numbers: about one byte per two significant digits plus one; an upper bound (sign byte included). */
function numberSize(text: string): number {
  const mantissa = text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '');
  const digits = mantissa.replace(/^0+/, '').replace(/0+$/, '').length || 1;
  return 2 + Math.ceil(digits / 2) + (text.startsWith('-') ? 1 : 0);
}
