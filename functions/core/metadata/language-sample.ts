/**
 * What language detection reads of a body, shared by the plain detector (language.ts, tinyld itself) and the fast
 * one the core runs (language-fast.ts): the sample, its thresholds and the letters of names read without their
 * marks. Kept apart from tinyld's import: the core's bundle carries no copy of tinyld (its dictionary is read as
 * data by language-fast.ts).
 */

/** Below this many letters tinyld guesses wildly (a one-line English text came back "nl"). */
export const MIN_LETTERS = 200;
/**
 * A Han character, a kana or a Hangul syllable counts as this many letters: each carries about a word, and its
 * script narrows the language down (tinyld tells Chinese, Japanese and Korean apart from 30 characters). A short
 * Chinese article of 110 characters had no language before.
 */
export const WIDE_LETTER_WEIGHT = 3;
/** A Han character, a kana or a Hangul syllable: the letters that count WIDE_LETTER_WEIGHT times. */
export const WIDE_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/** Detection reads at most this much of the body: enough for a stable answer, bounded cost. */
export const SAMPLE_CHARS = 6000;

/**
 * Symbols tinyld's light dictionary lists as "unique" to one language, artifacts of its training text: a chunk
 * holding one counts wholly for that language. "|" is Hindi (the danda's look-alike), "‘", "°" and "=" German, "·"
 * Greek: an English page of "Price Range | $$" lines or British ‘quotes’ was detected as Hindi or German. They are
 * read as spaces. The set is the dictionary's unique grams made of one punctuation or symbol character outside the
 * scripts whose own punctuation it is (tests/unit/metadata-language.test.ts derives it from language-dict.json).
 */
export const DICTIONARY_NOISE = /[=|°·΄―‟№－‘‚−�]/gu;

/**
 * The part of the body detection reads: its first SAMPLE_CHARS, the dictionary's noise symbols as spaces, a
 * capitalised word's letters of one language without their marks (NAME_WITH_ONE_LANGUAGE_LETTER).
 */
export function detectionSample(body: string): string {
  return foldNames(sampleHead(body));
}

/** The body's first SAMPLE_CHARS, the dictionary's noise symbols as spaces: the sample before names are folded. */
export function sampleHead(body: string): string {
  return body.slice(0, SAMPLE_CHARS).replace(DICTIONARY_NOISE, ' ');
}

/**
 * The text with each capitalised word's letters of one language read without their marks (the plain reference
 * of language-fast.ts's `foldNamesFast`).
 */
export function foldNames(text: string): string {
  return text.replace(NAME_WITH_ONE_LANGUAGE_LETTER, foldName);
}

/**
 * The Latin letters tinyld's light dictionary lists as unique to one language ("ğ" Turkish, "ł" Polish, "ñ" Spanish,
 * "š" Finnish, "ß" German), in both cases: a chunk holding one counts wholly for that language, so a name repeated
 * in a few of the seven chunks tinyld reads decides the page ("Aydan Özoğuz" four times made a German page Turkish).
 * tests/unit/metadata-language.test.ts derives the set from language-dict.json.
 */
export const ONE_LANGUAGE_LETTERS = 'ªßæìñòõøāăąćęğıłńőœśšţūűźżșțÆÌÑÒÕØĀĂĄĆĘĞŁŃŐŒŚŠŢŪŰŹŻȘȚ';
/**
 * Latin letters with a mark that French, Spanish, Italian, Portuguese and German do not write: tinyld's dictionary
 * lists grams holding a name's letters as one language's too ("ák" Hungarian), so a name decided its chunk
 * ("Dvořák und Janáček" made a German page about Czech politics Hungarian). A capitalised word holding one of them or
 * of ONE_LANGUAGE_LETTERS (NAME_LETTERS) is read without all its marks (FOLDED_LETTER: "Dvorak", "Janacek") but
 * German's umlauts, which its capitalised nouns carry. Not the letters of those five languages: a French sentence
 * opens with "Équipe", "À", "État", which are its words, not names.
 */
const OTHER_MARKED_LATIN = 'ÅÐÝÞåðýþĀ-ɏḀ-ỿ';
/** The letters that make a capitalised word a name to fold. */
export const NAME_LETTERS = `${ONE_LANGUAGE_LETTERS}${OTHER_MARKED_LATIN}`;
/** The letters a name is read without: every Latin letter with a mark but German's umlauts. */
const FOLDED_LETTER = new RegExp(`[${ONE_LANGUAGE_LETTERS}À-ÃÅ-ÕØ-ÛÝ-Þà-ãå-õø-ûý-ÿĀ-ɏḀ-ỿ]`, 'gu');
/**
 * A capitalised word holding such a letter: a name, or a noun of German, which capitalises its nouns. Its letters
 * are read without their marks ("Özoguz", "Lukasz", "Strasse", "Dvorak"), so the word is scored as words are, and
 * the letter's language needs the page's lower-case words to win. Letters are kept: a short text stays long enough
 * to tell. (DEV, check and multi: one page's language changed, that German one; DEV's and check's none; with
 * OTHER_MARKED_LATIN none.)
 */
const NAME_WITH_ONE_LANGUAGE_LETTER = new RegExp(
  `(?<![\\p{L}\\p{M}])(?=\\p{Lu})[\\p{L}\\p{M}]*?[${NAME_LETTERS}][\\p{L}\\p{M}]*`,
  'gu',
);
/** Letters without a decomposition of their own, and their Latin spelling. */
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  ª: 'a',
};

export function foldName(word: string): string {
  return word.replace(FOLDED_LETTER, (c) => FOLDS[c] ?? c.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** The text's letters, a wide one (WIDE_LETTER) counted WIDE_LETTER_WEIGHT times. */
export function letterWeight(text: string): number {
  let weight = 0;
  for (const [letter] of text.matchAll(/\p{L}/gu))
    weight += WIDE_LETTER.test(letter) ? WIDE_LETTER_WEIGHT : 1;
  return weight;
}
