/**
 * Character-code tests for white space, shared by the stages' hand-written scanning loops (which replace
 * regexes on hot paths and must agree with them exactly).
 */

/** JS `\s` outside ASCII (also what `String.prototype.trim` removes). */
export function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** JS `\s`: the characters `/\s/` matches and `trim()` removes. */
export function isJsSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : isWideSpace(c);
}

/** JS `\s` as inclusive ranges of code units, for scanners that fill a class table (isJsSpace, as ranges). */
export const JS_SPACE_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/** Where the word (a run of non-white-space) that position `at` of a text falls in starts. */
export function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !isJsSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Where the word that position `at` of a text falls in ends: the first white space from `at`, or the text's end. */
export function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isJsSpace(text.charCodeAt(end))) end++;
  return end;
}
