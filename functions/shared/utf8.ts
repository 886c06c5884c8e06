/** UTF-8 lengths and cuts for DynamoDB's byte limits. Pure. */

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The longest prefix of `text` whose UTF-8 form fits in `maxBytes`, cut between code points, so a
 * surrogate pair (an emoji, a rare CJK character) is never split.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const width = utf8Length(char);
    if (bytes + width > maxBytes) break;
    bytes += width;
    end += char.length;
  }
  return text.slice(0, end);
}
