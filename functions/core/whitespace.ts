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
