/**
 * Languages the language detector cannot name, told by their spelling. tinyld's light build (language.ts) knows 24
 * languages and names any other after its nearest: Czech and Slovak came out Finnish (tinyld counts a chunk with an
 * "š" as Finnish), Ukrainian and Bulgarian Russian, Danish Norwegian, and the page's dates then went unread (the
 * date reader takes a language's month names from ICU: "5. února 2024" is Czech). Its normal build knows 62, but
 * its dictionary is 500 KB against the bundle's 12 KB of headroom (`bench:coldstart`).
 *
 * Letters that only one language's alphabet writes settle it when they are common in the text: Vietnamese "ơ ư" and
 * its letters with a dot below or a hook above, Czech "ě ř ů", then (a text without them) Slovak "ľ ĺ ŕ" and the
 * "ď ť ň" it shares with Czech alone, Ukrainian "ї є ґ", Belarusian "ў", Serbian "ђ ћ", Macedonian "ѓ ќ ѕ",
 * Icelandic "þ ð", Lithuanian "ė į ų", Latvian "ķ ļ ņ ģ". Bulgarian writes "ъ" inside its words where Russian hardly
 * does, and never "ы" or "э". Danish and Norwegian share their letters and differ in their function words ("af",
 * "efter", "havde", "noget" against "av", "etter", "hadde", "noe").
 *
 * Only letters of lower-case words count: a name is no evidence ("Dvořák" in an English review, "Řehoř" in a
 * German one). In a script without case (Arabic's) every word counts: Urdu's "ٹ ڈ ڑ ں ے", then (a text without them)
 * the letters Persian adds to Arabic's alphabet, "پ چ ژ گ" and its own "ی ک" (tinyld named a Persian page Arabic).
 *
 * Indonesian and Malay are written in plain Latin letters (tinyld named an Indonesian page Finnish): their function
 * words ("yang", "dan", "untuk", "dengan") make a tenth of a text's words, and the few the two spell apart
 * ("karena" / "kerana", "bisa" / "boleh") tell which.
 */
import { dan, nob } from 'stopword';

/** The share of the text's letters a language's own letters must reach: a Czech text holds 2–3 % "ě ř ů". */
export const OWN_LETTER_SHARE = 0.005;

/**
 * Letters only one language writes (lower and upper case), per ISO 639-1 code, in the order they are tried: the first
 * language whose letters reach the share is the text's. Slovak's include the letters it shares with Czech alone,
 * Czech being tried first; not its "ô", which Portuguese writes in every "você".
 */
const OWN_LETTERS: Readonly<Record<string, string>> = {
  vi: 'ơưƠƯ\u1ea0-\u1ef9',
  cs: 'ěřůĚŘŮ',
  sk: 'ľĺŕďťňĽĹŔĎŤŇ',
  uk: 'їєґЇЄҐ',
  be: 'ўЎ',
  sr: 'ђћЂЋ',
  mk: 'ѓќѕЃЌЅ',
  is: 'þðÞÐ',
  lt: 'ėįųĖĮŲ',
  lv: 'ķļņģĶĻŅĢ',
  ur: '\u0679\u0688\u0691\u06ba\u06d2',
  fa: '\u067e\u0686\u0698\u06af\u06a9\u06cc',
};
const BULGARIAN_LETTER = 'ъЪ';
/** Letters Russian writes and Bulgarian never does. */
const RUSSIAN_LETTERS = 'ыэЫЭ';

const CODES = Object.keys(OWN_LETTERS);
/** One group per code of OWN_LETTERS, then Bulgarian's letter, then Russian's. */
const TELLING_LETTER = new RegExp(
  `${CODES.map((code) => `([${OWN_LETTERS[code]}])`).join('|')}|([${BULGARIAN_LETTER}])|([${RUSSIAN_LETTERS}])`,
  'gu',
);
const BULGARIAN = CODES.length + 1;
const RUSSIAN = CODES.length + 2;

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

/** Function words one of Danish and Norwegian has and the other lacks (the `stopword` package's lists). */
const DANISH_ONLY = onlyIn(dan, nob);
const NORWEGIAN_ONLY = onlyIn(nob, dan);

function onlyIn(words: readonly string[], others: readonly string[]): ReadonlySet<string> {
  const excluded = new Set(others);
  return new Set(words.filter((word) => !excluded.has(word)));
}
/** Danish when its own function words outnumber Norwegian's this many times, and are at least DANISH_WORDS. */
const DANISH_RATIO = 2;
const DANISH_WORDS = 3;

/**
 * The language `sample` is written in when its spelling names one the detector cannot (see above), given the
 * detector's answer `detected`; null when it does not, and the detector's answer stands.
 */
export function languageBySpelling(sample: string, detected: string | null): string | null {
  return (
    byOwnLetters(sample, detected) ??
    (detected === 'no' ? danishOrNull(sample) : null) ??
    indonesianOrMalay(sample)
  );
}

/** Spelled apart: Indonesian's words and Malay's for the same. */
const INDONESIAN_ONLY: ReadonlySet<string> = new Set([
  'karena',
  'bisa',
  'bahwa',
  'setelah',
  'yaitu',
  'saat',
  'sudah',
]);
const MALAY_ONLY: ReadonlySet<string> = new Set([
  'kerana',
  'boleh',
  'bahawa',
  'selepas',
  'iaitu',
  'semasa',
  'telah',
]);
/**
 * Function words of Indonesian and Malay: those the two share and those they spell apart; none a common word of
 * another language of the Latin script ("di", Italian's too, and "para", Spanish's, are left out).
 */
const MALAY_FAMILY_WORDS: ReadonlySet<string> = new Set([
  ...'yang dan untuk dengan ini itu dari pada akan tidak dalam adalah juga oleh atau kami mereka kita sebagai tersebut lebih namun serta hingga menjadi dapat masih belum kepada daripada'.split(
    ' ',
  ),
  ...INDONESIAN_ONLY,
  ...MALAY_ONLY,
]);
/** The share of a text's words its Indonesian or Malay function words make at least, and their number. */
const MALAY_FAMILY_SHARE = 0.1;
const MALAY_FAMILY_WORDS_NEEDED = 5;

/** Three of the commonest of MALAY_FAMILY_WORDS: a text without any is read no further (most pages). */
const MALAY_FAMILY_HINT = /\b(?:yang|dengan|untuk)\b/;

/** "id" or "ms" when the sample's function words are theirs, else null. */
function indonesianOrMalay(sample: string): string | null {
  if (!MALAY_FAMILY_HINT.test(sample)) return null;
  let words = 0;
  let family = 0;
  let indonesian = 0;
  let malay = 0;
  for (const [word] of sample.toLowerCase().matchAll(WORD)) {
    words++;
    if (!MALAY_FAMILY_WORDS.has(word)) continue;
    family++;
    if (INDONESIAN_ONLY.has(word)) indonesian++;
    else if (MALAY_ONLY.has(word)) malay++;
  }
  if (family < MALAY_FAMILY_WORDS_NEEDED || family < MALAY_FAMILY_SHARE * words) return null;
  return malay > indonesian ? 'ms' : 'id';
}

function byOwnLetters(sample: string, detected: string | null): string | null {
  const counts = new Array<number>(CODES.length + 3).fill(0);
  let seen = false;
  // Whether the word of the last letter found opens in lower case: a walk back from the next letter stops where the
  // last one stood when they share a word, so that a word of many such letters is walked once (linear).
  let lastAt = -1;
  let lastLower = false;
  for (const match of sample.matchAll(TELLING_LETTER)) {
    const lower = inLowerCaseWord(sample, match.index, lastAt, lastLower);
    lastAt = match.index;
    lastLower = lower;
    if (!lower) continue;
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    counts[group] = counts[group]! + 1;
    seen = true;
  }
  if (!seen) return null;
  const needed = Math.max(1, OWN_LETTER_SHARE * (sample.match(LETTER) ?? []).length);
  const own = CODES.findIndex((_, index) => counts[index + 1]! >= needed);
  if (own >= 0) return CODES[own]!;
  // Bulgarian: a Cyrillic text the detector read as Russian, with "ъ" common and Russian's own letters rare.
  if (detected === 'ru' && counts[BULGARIAN]! >= needed && 10 * counts[RUSSIAN]! < counts[BULGARIAN]!)
    return 'bg';
  return null;
}

/**
 * Whether the letter at `at` belongs to a word that opens with a lower-case letter; `known` is that answer for the
 * letter at `knownAt` before it, taken when the walk back reaches it inside the same word.
 */
function inLowerCaseWord(text: string, at: number, knownAt: number, known: boolean): boolean {
  let start = at;
  while (start > 0 && LETTER_OR_MARK.test(text[start - 1]!)) {
    start--;
    if (start === knownAt) return known;
  }
  return !UPPER.test(text[start]!);
}

/** Danish when the sample's function words are Danish rather than Norwegian ones. */
function danishOrNull(sample: string): string | null {
  let danish = 0;
  let norwegian = 0;
  for (const [word] of sample.toLowerCase().matchAll(WORD)) {
    if (DANISH_ONLY.has(word)) danish++;
    else if (NORWEGIAN_ONLY.has(word)) norwegian++;
  }
  return danish >= DANISH_WORDS && danish > DANISH_RATIO * norwegian ? 'da' : null;
}
