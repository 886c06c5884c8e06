/**
 * detectors.ts's `isDateLine` read in place: the same answer (tests/unit/detectors-fast.test.ts, fast-check), no
 * lower-cased copy of the line and no slice or regex per token for the tokens that cannot be a date's.
 *
 * Why: the cleaner asks it of every short line whose key holds a digit; 10 MB of one-word blocks ("w1", "w2", …)
 * is a million such lines, each lower-cased, then its first token sliced, matched and looked up. Here an ASCII
 * line is read by character codes (its lower case is its letters folded one by one): a number token is checked
 * by its digits and suffix, a word token only reaches the look-up when it is made of letters and apostrophes
 * and some date word starts with its letter and has its length. A line with another character goes to the
 * reference whole (lower-casing beyond ASCII can change a string's length, and a final sigma its neighbours).
 */
import { DATE_WORDS, isDateLine, isDateSeparator, MONTH_WORDS, RELATIVE_MARKERS } from './detectors.ts';

/** Longest date word (checked below). */
const MAX_WORD = 31;
/** Per ASCII lower-case first letter and length (≤ MAX_WORD): some date word has them. */
const FIRST_AND_LENGTH = new Uint8Array(128 * (MAX_WORD + 1));
/** Per ASCII code: some date word holds it (letters and the apostrophe). */
const WORD_CHAR = new Uint8Array(128);
for (const word of DATE_WORDS) {
  const c = word.charCodeAt(0);
  if (c < 128 && word.length <= MAX_WORD) FIRST_AND_LENGTH[c * (MAX_WORD + 1) + word.length] = 1;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 128) WORD_CHAR[word.charCodeAt(i)] = 1;
}
if ([...DATE_WORDS].some((word) => word.length > MAX_WORD))
  throw new Error('a date word is longer than MAX_WORD');

const NOT_DATE = 0;
const NUMBER = 1;
const WORD = 2;
const MONTH = 3;

/** `isDateLine(line)`. */
export function isDateLineFast(line: string): boolean {
  const n = line.length;
  if (n > 120) return false;
  // The reference needs an ASCII digit (no lower case makes one); any character beyond ASCII: the reference.
  let digit = false;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128) return isDateLine(line);
    if (c >= 48 && c <= 57) digit = true;
  }
  if (!digit) return false;
  let month = false;
  let numbers = 0;
  let count = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isDateSeparator(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isDateSeparator(line.charCodeAt(i))) i++;
    if (++count > 14) return false;
    const kind = tokenKind(line, start, i);
    if (kind === NUMBER) numbers++;
    else if (kind === NOT_DATE) return false;
    else if (kind === MONTH) month = true;
  }
  if (count === 0) return false;
  if (RELATIVE_MARKERS.test(line.toLowerCase())) return numbers >= 1;
  return (month && numbers >= 1) || numbers >= 3;
}

/** An ASCII letter in lower case (other codes unchanged). */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** What the ASCII token line[start, end) lower-cased is: a number (`DATE_NUMBER`), a month, another date word, neither. */
function tokenKind(line: string, start: number, end: number): number {
  const first = line.charCodeAt(start);
  if (first >= 48 && first <= 57) {
    let i = start + 1;
    while (i < end && i - start < 5) {
      const c = line.charCodeAt(i);
      if (c < 48 || c > 57) break;
      i++;
    }
    if (i - start <= 4 && numberSuffix(line, i, end)) return NUMBER;
  }
  const length = end - start;
  if (length > MAX_WORD || FIRST_AND_LENGTH[fold(first) * (MAX_WORD + 1) + length] !== 1) return NOT_DATE;
  for (let i = start; i < end; i++) if (WORD_CHAR[fold(line.charCodeAt(i))] !== 1) return NOT_DATE;
  const token = line.slice(start, end).toLowerCase();
  if (!DATE_WORDS.has(token)) return NOT_DATE;
  return MONTH_WORDS.has(token) ? MONTH : WORD;
}

/** line[i, end) lower-cased is "", "st", "nd", "rd", "th", "h", "am", "pm" or "h" and two digits ("10h15"). */
function numberSuffix(line: string, i: number, end: number): boolean {
  const length = end - i;
  if (length === 0) return true;
  const a = fold(line.charCodeAt(i));
  if (length === 1) return a === 104; // h
  if (length === 3) return a === 104 && isDigit(line.charCodeAt(i + 1)) && isDigit(line.charCodeAt(i + 2));
  if (length !== 2) return false;
  const b = fold(line.charCodeAt(i + 1));
  return (
    (a === 115 && b === 116) || // st
    (a === 110 && b === 100) || // nd
    (a === 114 && b === 100) || // rd
    (a === 116 && b === 104) || // th
    (a === 97 && b === 109) || // am
    (a === 112 && b === 109) // pm
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
