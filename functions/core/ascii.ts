/**
 * Character-code tests for ASCII letters, shared by the hand-written scanning loops (beside whitespace.ts's tests
 * for white space).
 */

/** A–Z or a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
