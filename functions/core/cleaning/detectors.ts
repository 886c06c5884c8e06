/**
 * Line detectors that need a little code rather than a phrase list: breadcrumbs, link rows, share bars,
 * date lines, name lines and author bios. Each detector's id, kind, reason, pre-filter and examples are one
 * entry of the DETECTORS table in ../detectors.ts.
 * All work on short, capped text with linear regexes or plain loops.
 */
import { labelPatterns } from '../metadata/labels.ts';
import { isRoleLine } from '../metadata/names.ts';
import { SOCIAL_WORDS } from '../rules.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import { isJsSpace, isWideSpace } from '../whitespace.ts';
import { looksLikeNames } from './match.ts';

const CRUMB_SEPARATOR = / (?:>|›|»|\/|→|\\|::) /;
const CRUMB_HINT = /[>›»/→\\:]/;
const ROW_SEPARATOR = /\s[|•·]\s|\s[|•·]$|^[|•·]\s/;
/** Any bar or bullet (one scan instead of three `includes`). */
const ROW_CHAR = /[|•·]/;

/** The first part of a two-part breadcrumb: "Home", "Startseite", "Accueil" (each language's home words). */
const HOME_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.chrome.home?.lines ?? []));

/** "Home > News > World" / "Blog / Guides / Budgeting": 3+ short parts, or 2 when the first is "home". */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 300 || !CRUMB_HINT.test(line)) return false;
  // No separator: one part (many lines hold a ':' or '/' but no " > "-style separator).
  if (!CRUMB_SEPARATOR.test(line)) return false;
  const parts = line.split(CRUMB_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return false;
  if (parts.some((p) => p.length === 0 || p.split(' ').length > 14)) return false;
  if (parts.length === 2) return HOME_WORDS.has(parts[0]!.toLowerCase());
  return true;
}

/** "About | Contact | Privacy": 3+ short parts split by bars or bullets. */
export function isLinkRow(line: string): boolean {
  if (line.length > 300) return false;
  if (!ROW_CHAR.test(line)) return false;
  if (!ROW_SEPARATOR.test(line)) return false;
  const parts = line
    .split(/[|•·]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 3 && parts.every((p) => p.split(' ').length <= 4 && !/[.!?]$/.test(p));
}

/** The separators a share bar may glue to its words: , | / • · */
function isShareSeparator(c: number): boolean {
  return c === 44 || c === 124 || c === 47 || c === 0x2022 || c === 0xb7;
}

/** Longest share-bar word: a longer first word rules a line out without a look-up. */
const SOCIAL_WORD_CHARS = Math.max(...[...SOCIAL_WORDS].map((word) => word.length));
/** First characters of the share-bar words (ASCII; SOCIAL_OTHER_FIRST: some word starts otherwise). */
const SOCIAL_FIRST = new Uint8Array(128);
let SOCIAL_OTHER_FIRST = false;
for (const word of SOCIAL_WORDS) {
  const c = word.charCodeAt(0);
  if (c < 128) SOCIAL_FIRST[c] = 1;
  else SOCIAL_OTHER_FIRST = true;
}

/** "Facebook Twitter LinkedIn Email" or "Share on Facebook Share on X": only share-bar words (takes a key). */
export function isShareBar(lineKey: string): boolean {
  if (lineKey.length > 200) return false;
  const first = lineKey.charCodeAt(0);
  if (first < 128 ? SOCIAL_FIRST[first] !== 1 : !SOCIAL_OTHER_FIRST) return false;
  // Cheap test first: a share bar starts with a share word (separators glued to it dropped).
  const space = lineKey.indexOf(' ');
  if (space < 0) return false;
  let end = space;
  while (end > 0 && isShareSeparator(lineKey.charCodeAt(end - 1))) end--;
  if (end > SOCIAL_WORD_CHARS || !SOCIAL_WORDS.has(lineKey.slice(0, end))) return false;
  const key = lineKey.replace(/[,|/•·]/g, ' ');
  const words = key.split(' ').filter(Boolean);
  if (!SOCIAL_WORDS.has(words[0] ?? '')) return false;
  if (words.length < 2) return false;
  let networks = 0;
  for (const word of words) {
    if (!SOCIAL_WORDS.has(word)) return false;
    if (word !== 'on' && word !== 'via' && word !== 'this') networks++;
  }
  return networks >= 2;
}

/** Month names and abbreviations of every language (vocabulary), lower case. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.months.flat()));
/** Everything a date line may be made of besides numbers: months, weekdays and each language's date words. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_WORDS,
  ...LANGUAGES.flatMap((l) => [...l.weekdays.flat(), ...l.dateLineWords]),
]);
/** "3 hours ago", "vor 3 Stunden", "il y a 3 heures": the markers, lower case. */
export const RELATIVE_MARKERS = new RegExp(
  `(?:^|[\\s,])(?:${[...new Set(LANGUAGES.flatMap((l) => l.relativeTimeMarkers))].join('|')})(?:$|[\\s,])`,
);

/** Separators between the tokens of a date line: JS `\s` and `,./:-–—|•·()`. */
export function isDateSeparator(c: number): boolean {
  if (c < 128)
    return (
      c === 32 || (c >= 9 && c <= 13) || (c >= 44 && c <= 47) || c === 58 || c === 124 || c === 40 || c === 41
    );
  return c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7 || isWideSpace(c);
}

// "10h15": the French and Portuguese way of writing a time.
const DATE_NUMBER = /^\d{1,4}(?:st|nd|rd|th|h|am|pm|h\d\d)?$/;

/**
 * A line made only of a date (and time, weekday, "updated", "x days ago"); takes the line or its key. Tokens
 * are read one by one (no split): the first token that is neither a number nor a date word ends the test.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 120) return false;
  const key = line.toLowerCase();
  if (!/\d/.test(key)) return false;
  let month = false;
  let numbers = 0;
  let count = 0;
  const n = key.length;
  let i = 0;
  while (i < n) {
    while (i < n && isDateSeparator(key.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isDateSeparator(key.charCodeAt(i))) i++;
    if (++count > 14) return false;
    const token = key.slice(start, i);
    if (DATE_NUMBER.test(token)) {
      numbers++;
      continue;
    }
    if (!DATE_WORDS.has(token)) return false;
    if (MONTH_WORDS.has(token)) month = true;
  }
  if (count === 0) return false;
  if (RELATIVE_MARKERS.test(key)) return numbers >= 1;
  return (month && numbers >= 1) || numbers >= 3;
}

/**
 * "Jane Doe • March 3, 2024 • 4 min read": parts split by separators, each a name, a date or a reading time,
 * at least one a date and one a name.
 */
/** What separates the parts of a meta line ("Jane Doe • March 3, 2024"). */
const META_SEPARATOR = /\s[|•·—–-]\s|\s{2,}|[|•·]/;

export function metaLineKind(line: string): 'byline' | null {
  if (line.length > 200) return null;
  // No separator: one part, a meta line only as a labelled name, a word that ends it, a date ("By Jane Doe on
  // March 3, 2024", "Von Anna Berg am 12. März 2024").
  if (!META_SEPARATOR.test(line)) {
    const label = LABELS.bylineLabel.exec(line);
    return label !== null && isNameThenDate(line.slice(label[0].length)) ? 'byline' : null;
  }
  const parts = line
    .split(META_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  let date = false;
  let name = false;
  for (const part of parts) {
    if (isDateLine(part)) date = true;
    else if (/^\d{1,3} ?(?:min|mins|minutes?)\.?(?: read)?$/i.test(part)) continue;
    else if (isBylineName(part.replace(LABELS.bylineLabel, ''))) name = true;
    else return null;
  }
  // Date-only lines are isDateLine's; this one needs a name beside the date.
  return date && name ? 'byline' : null;
}

/** Byline labels and name enders of every vocabulary language (labels.ts compiles them with the other labels). */
const LABELS = labelPatterns(null);

/** "Jane Doe on March 3, 2024": a name, a word that ends it, then a date line. */
function isNameThenDate(text: string): boolean {
  const enders = LABELS.nameEnder;
  enders.lastIndex = 0;
  for (let match = enders.exec(text); match !== null; match = enders.exec(text)) {
    if (isNameLine(text.slice(0, match.index)) && isDateLine(text.slice(match.index + match[0].length)))
      return true;
  }
  return false;
}

/**
 * A meta line's name part: a name alone, a name and a role after a comma ("Jane Doe, Staff Writer"), or a name
 * and the writer's handle ("Jane Doe (@janedoe)").
 */
function isBylineName(part: string): boolean {
  if (isNameLine(part)) return true;
  const handle = /\s*\(@[\w.]{1,30}\)$/u.exec(part);
  if (handle) return isNameLine(part.slice(0, handle.index));
  const comma = part.indexOf(', ');
  return comma > 0 && isNameLine(part.slice(0, comma)) && isRoleLine(part.slice(comma + 2));
}

/** A line that is only a person's name: 2-4 capitalised words, no sentence punctuation, no digits. */
export function isNameLine(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > 50 || !mayStartName(text) || !nameWords(text)) return false;
  // The word test first (it rules out most lines), then the punctuation regex: both must hold.
  // Initials ("J. ") are allowed: the replace runs only when the text holds punctuation at all.
  return (
    (!NAME_PUNCTUATION.test(text) || !NAME_PUNCTUATION.test(text.replace(/\b\p{Lu}\.\s/gu, ''))) &&
    looksLikeNames(text)
  );
}

/**
 * A trimmed text is at most four words (split at white-space runs, as `split(/\s+/)`), each a name word;
 * read in one loop, no array.
 */
function nameWords(text: string): boolean {
  const n = text.length;
  let words = 0;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && !isJsSpace(text.charCodeAt(i))) continue;
    if (i > start && (++words > 4 || !isNameWord(text.slice(start, i)))) return false;
    start = i + 1;
  }
  return true;
}

/** Characters a name line has none of (after its initials are dropped). */
const NAME_PUNCTUATION = /[\d.!?:;,"“”@]/;

const NAME_JOINER = /^(?:de|van|von|der|da|di|la|le|del|bin|al)$/;

/** A word of a name: capitalised (letters, apostrophes, hyphens, a final period) or a joiner ("van"). */
function isNameWord(w: string): boolean {
  // ASCII words by char codes (there \p{Lu} is A-Z and \p{L} is A-Za-z); others by the regex.
  const first = w.charCodeAt(0);
  if (first >= 65 && first <= 90) {
    const n = w.length;
    let i = 1;
    for (; i < n; i++) {
      const c = w.charCodeAt(i);
      if (c >= 128) return /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45) continue;
      break;
    }
    if (i === n || (i === n - 1 && w.charCodeAt(i) === 46)) return true;
    for (let k = i; k < n; k++) if (w.charCodeAt(k) >= 128) return /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w);
    return NAME_JOINER.test(w);
  }
  return /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w) || NAME_JOINER.test(w);
}

/**
 * The first word of a name line is capitalised or a joiner (de, van, von, der, da, di, la, le, del, bin, al):
 * an ASCII first character other than A–Z, a, b, d, l, v rules the line out without a regex.
 */
export function mayStartName(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90) || c === 97 || c === 98 || c === 100 || c === 108 || c === 118;
}

/** A paragraph about a person: a role, or life and career cues, in its first 250 characters. */
export function isAboutAPerson(text: string): boolean {
  const head = text.slice(0, 250);
  return ROLE.test(head) || LIFE.test(head);
}

const LIFE =
  /\b(?:lives in|grew up|holds a|graduated|degree in|years of experience|her husband|his wife|her family|his family|their children|in (?:her|his) spare time|when (?:she|he)(?:'s|’s| is) not)\b/i;

/** Role nouns of every language (vocabulary `bio.roles`), longest first, escaped for a regular expression. */
const roleAlternatives = (codes: readonly string[], include: boolean) =>
  [...new Set(LANGUAGES.filter((l) => codes.includes(l.code) === include).flatMap((l) => l.bio.roles))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
/** Languages whose role nouns end compounds ("Wirtschaftsredakteur", "hoofdredacteur"). */
const COMPOUNDING = ['de', 'nl'];
/** A role noun in any vocabulary language: a whole word, or the end of a German or Dutch compound. */
const ROLE = new RegExp(
  `(?<!\\p{L})(?:${roleAlternatives(COMPOUNDING, false)})(?!\\p{L})|(?:${roleAlternatives(COMPOUNDING, true)})(?!\\p{L})`,
  'iu',
);

/** `/^\p{Lu}/u.test(text)`, without the regex for an ASCII first character. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/**
 * A cheap necessary condition of the bio regex below on ASCII text: one to four capitalised words, then ","
 * or a whitespace and "is" right after one of them, within head[0, n). Any other character in that stretch:
 * the regex decides.
 */
function mayOpenBio(head: string, n: number): boolean {
  let i = 0;
  for (let words = 1; words <= 4; words++) {
    if (i >= n) return false;
    const first = head.charCodeAt(i);
    if (first >= 128) return true;
    if (first < 65 || first > 90) return false;
    i++;
    while (i < n) {
      const c = head.charCodeAt(i);
      if (c >= 128) return true;
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45) i++;
      else break;
    }
    if (i >= n) return false;
    const c = head.charCodeAt(i);
    if (c === 44) return true;
    if ((c === 32 || (c >= 9 && c <= 13)) && copulaAt(head, i + 1, n)) return true;
    if (c !== 32) return false;
    i++;
  }
  return false;
}

/** The verbs after a bio's name ("is", "ist", "est", "es", "è", "é"), every language of the vocabulary. */
const COPULAS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.bio.copulas));
const COPULA_CHARS = Math.max(...[...COPULAS].map((w) => w.length));
/** The articles that may follow the copula or the comma ("a", "ein", "une", "una", "um", "een"). */
const BIO_ARTICLES = [...new Set(LANGUAGES.flatMap((l) => l.bio.articles))].map(escapeRegex).join('|');
const BIO_OPENING = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3})(?:,\\s(?:${BIO_ARTICLES})\\s|\\s(?:${[...COPULAS].map(escapeRegex).join('|')})\\s(?:(?:${BIO_ARTICLES})\\s)?)`,
  'u',
);

/** A copula of some language starts at head[i] and ends at a white space (or n). */
function copulaAt(head: string, i: number, n: number): boolean {
  let end = i;
  while (end < n && end - i <= COPULA_CHARS && !isJsSpace(head.charCodeAt(end))) end++;
  return end > i && end < n && COPULAS.has(head.slice(i, end));
}

/**
 * An author bio: starts with a person's name then ", a …" / " is a …" (the copula and articles of every
 * vocabulary language: "Anna Berg ist Redakteurin …", "Jean Dupont est journaliste …") and names a role
 * within its first sentence ("Surja, a dedicated blog writer…", "Jane Doe is a senior reporter covering…").
 * A one-word name only counts when the line above is that name (`nameAbove`).
 */
export function isAuthorBio(raw: string, nameAbove: string | null): boolean {
  // A footnote mark before the writer's note under an opinion piece ("*Ana Souza é professora …", after the
  // byline "Por Ana Souza*"): the note is the bio.
  const text = raw.replace(FOOTNOTE_MARK, '');
  if (text.length > 1500 || text.length < 60 || !startsUpper(text)) return false;
  // The first 300 characters are read in place; the slice is made only for the regex.
  if (!mayOpenBio(text, Math.min(text.length, 300))) return false;
  const head = text.slice(0, 300);
  const m = BIO_OPENING.exec(head);
  if (!m) return false;
  const name = m[1]!;
  const words = name.split(' ');
  if (/^(?:the|this|that|it|our|we|my|a|an)$/i.test(words[0]!)) return false;
  if (words.length === 1 && nameAbove?.trim() !== name) return false;
  if (words.length > 1 && !looksLikeNames(name)) return false;
  const firstSentence = head.slice(m[0].length, m[0].length + 160);
  return ROLE.test(firstSentence);
}

/** A footnote mark (asterisks or a dagger) opening a line, and the space after it: a writer's note under a piece. */
export const FOOTNOTE_MARK = /^[*†]+\s*/u;

/** Escapes a phrase for a regular expression. */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The picture-credit labels of every language (vocabulary `pictureCredit` prefixes) that can close a caption
 * ("… Foto: Name/Agentur", "… (Photo: Agency)", "… Image credit: Name"): those ending with a colon, or with
 * "by", "von", "credit", "courtesy" (a bare "bildquelle" or "symbolbild" inside a sentence says nothing).
 */
const CREDIT_LABELS = [
  ...new Set(
    LANGUAGES.flatMap((l) => l.chrome.pictureCredit?.prefixes ?? []).filter(
      (p) => !p.startsWith('©') && /(?::| by| von| credit| courtesy| di| de)$/.test(p),
    ),
  ),
].sort((a, b) => b.length - a.length);

/**
 * A credit label after a sentence end, an opening bracket or a separator, then at most ten words to the end
 * of the line (the key: trailing punctuation and a closing bracket are gone).
 */
const TRAILING_CREDIT = new RegExp(
  `(?:[.!?)\\]]\\s|[([|/–—-]\\s?)(?:${CREDIT_LABELS.map(escapeRegex).join('|')})\\s*[^\\s]+(?:\\s+[^\\s]+){0,9}$`,
);
/** A "©" and at most eight words to the end of the line (the photographer and agency of a caption). */
const TRAILING_COPYRIGHT = /©\s*[^\s©]+(?:\s+[^\s©]+){0,7}$/;
/** Words of a copyright notice (not of a caption). */
const COPYRIGHT_WORDS = /copyright|rights|reserved|privacy/;
/** Characters a trailing credit needs: a label's colon or letters after a bracket/sentence end, or "©". */
export const CREDIT_HINT = /[:©]| by | von /;

/**
 * A caption that ends with its picture credit ("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
 * "La mujer quiso impedir la detención. (Foto: Archivo/Soy502)", "Stau © aremac / Clipdealer"): takes a line
 * key of at most 40 words that does not start with the credit (rules.ts's caption.credit has those).
 */
export function isTrailingCredit(key: string): boolean {
  if (key.length > 400) return false;
  if (key.includes('©') && TRAILING_COPYRIGHT.test(key)) {
    // A copyright notice ("© 2024 Example Times", "Example Times © 2024", "Copyright © 2015-2025") is a footer
    // line; a caption has words before the "©", and four of them when a year follows it ("Looking down
    // Jacob's Ladder | © 2019 Jon Norris").
    const at = key.lastIndexOf('©');
    if (at <= 0) return false;
    if (!/\d{4}/.test(key.slice(at))) return true;
    return !COPYRIGHT_WORDS.test(key) && key.slice(0, at).trim().split(' ').length >= 4;
  }
  return TRAILING_CREDIT.test(key);
}

/**
 * A paragraph that opens with a person's role ("Redakteur in der Wirtschaft.", "Senior reporter covering
 * energy", "Motorsport-Magazin.com Redakteur"): a role noun of some language among its first three words.
 * Under a name line, that is an author box.
 */
export function opensWithRole(text: string): boolean {
  let end = 0;
  for (let words = 0; words < 3 && end < text.length; words++) {
    const space = text.indexOf(' ', end + 1);
    end = space < 0 ? text.length : space;
  }
  return ROLE.test(text.slice(0, Math.min(end, 80)));
}
