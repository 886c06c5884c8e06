/**
 * zones.ts's `headingKey` without its regexes on the texts that need none of them (tests/unit/zones-fast.test.ts:
 * fast-check, equal to headingKey wherever it gives a key).
 *
 * Why: blockZones makes the heading key of every short block after the article that may be a vocabulary heading
 * (mayBeVocabularyHeading): on 10 MB of DEV pages, tens of thousands of menu entries and teasers, each lower-cased
 * then run through three regex replaces and a trim (half of blockZones' time, ~35 ms of a cold worker's metadata
 * stage). Almost every such text has no curly quote, only single spaces between its words and no count, colon,
 * arrow or ellipsis at its end: its key is its lower case, which one scan confirms.
 */
import { isJsSpace } from '../whitespace.ts';

/**
 * The heading key (zones.ts's `headingKey`) of a text whose lower case has no curly single quote, no white space
 * but single spaces between other characters, and does not end with what headingKey cuts off (")" of a count,
 * ":", "›", "»", "→", "." or "…"): that lower case. Null for any other text (headingKey makes its key).
 */
export function simpleHeadingKey(text: string): string | null {
  const lower = text.toLowerCase();
  const n = lower.length;
  if (n === 0) return lower;
  let space = true; // a space at the start is not single
  for (let k = 0; k < n; k++) {
    const c = lower.charCodeAt(k);
    if (c === 0x2018 || c === 0x2019) return null;
    if (isJsSpace(c)) {
      if (c !== 32 || space) return null;
      space = true;
    } else space = false;
  }
  if (space) return null; // ends with white space
  const last = lower.charCodeAt(n - 1);
  if (last === 0x29 || last === 0x3a || last === 0x203a || last === 0xbb || last === 0x2192) return null;
  if (last === 0x2e || last === 0x2026) return null;
  return lower;
}
