/**
 * labels.ts's `hasTrailingByline` without lower-casing the line (tests/unit/metadata-labels-fast.test.ts proves them
 * equal with fast-check). The plain test lower-cases every line it is asked about (a new string each time: the
 * author readers ask it of every short line of the page, ~360 a DEV page, 4 of which hold a byline word's tail) and
 * looks for a tail ("by", "von") with a space or a colon after it. Here one pattern finds the same tails in the
 * line as written: each letter as the class of every character that lower-cases to it.
 *
 * Why that is the same: a line lower-cases character by character; the tails are ASCII letters, and the characters
 * whose lower case is one ASCII letter are that letter's two cases and the Kelvin sign (K → k). The one character
 * whose lower case is longer and starts with an ASCII letter, "İ" (→ "i̇"), puts a combining dot after its "i",
 * which no tail letter, space or colon can be: it never takes part in a match. No character but the space and the
 * colon lower-cases to them. (The test checks these facts over every UTF-16 code unit.)
 */
import type { LabelPatterns } from './labels.ts';

/** Characters other than an ASCII letter's two cases whose lower case is that one letter. */
export const LOWER_CASED_FROM: Readonly<Record<string, string>> = { k: '\u212a' };

/**
 * The pattern of `tails` (lower-case words) with a space or a colon after them, each letter as the class of every
 * character that lower-cases to it; null when a tail is not ASCII letters. Compiled once per language set, with
 * labels.ts's other patterns.
 */
export function tailsAsWritten(tails: readonly string[]): RegExp | null {
  if (!tails.every((tail) => /^[a-z]+$/.test(tail))) return null;
  const letters = (tail: string) =>
    [...tail].map((letter) => `[${letter}${letter.toUpperCase()}${LOWER_CASED_FROM[letter] ?? ''}]`).join('');
  return new RegExp(`(?:${tails.map(letters).join('|')})[ :]`);
}

/** `labels.hasTrailingByline(text)`, the tails looked for in the text as written. */
export function hasTrailingBylineFast(text: string, labels: LabelPatterns): boolean {
  const tails = labels.bylineTailAsWritten;
  if (tails === null) return labels.hasTrailingByline(text);
  return tails.test(text) && labels.trailingByline.test(text);
}
