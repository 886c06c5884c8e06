/**
 * Function words by language, for the metadata readers that must not take one for a content word or a name:
 * keywords (keywords.ts: English function words and web filler on every page, English words standing in pages of
 * every language, with the page language's) and entities (entities.ts: a capitalised function word that opens a
 * sentence, German "Ist", "Den", "Seine", is no place). A language's function words come from the `stopword`
 * package's lists and from the vocabulary's module of that language (vocabulary/*.ts `stopWords`). Without them
 * a German page's keywords were "der, und, die, sich, auf" (82 % of multi's German keywords were function words).
 *
 * Only the languages the language detector names (tinyld's light build, language.ts, and those orthography.ts tells
 * by their spelling: Czech, Slovak, Ukrainian, Bulgarian, Vietnamese, Lithuanian, Latvian, Persian, Urdu, Indonesian,
 * Malay): a list for a language the detector never returns would only weigh on the bundle. Chinese, Japanese and Thai, written without spaces, have
 * their keywords read from Intl.Segmenter's words (keywords-segmented.ts), which these lists then match.
 */
import {
  ara,
  ben,
  bul,
  ces,
  dan,
  deu,
  ell,
  eng,
  fas,
  fin,
  fra,
  heb,
  hin,
  hun,
  ind,
  ita,
  jpn,
  lav,
  lit,
  msa,
  nld,
  nob,
  pol,
  por,
  ron,
  rus,
  slk,
  spa,
  swe,
  tha,
  tur,
  ukr,
  urd,
  vie,
  zho,
} from 'stopword';
import { languageCode, vocabularyOf } from '../vocabulary/index.ts';

/**
 * Function words and web filler that never make a keyword, on a page of any language (English); contractions
 * with either apostrophe ("wouldn't", "wouldn’t").
 */
export const STOP_WORDS: ReadonlySet<string> = withCurlyApostrophes(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can could did do does doing done down during each even ever every
  few for from further get gets got had has have having he her here hers herself him himself his how
  however i if in into is isn't it it's its itself just like made make many may me might more most
  much must my myself new no nor not now of off often on once one only or other our ours ourselves
  out over own per rather really said same say says see she should since so some such than that
  that's the their theirs them themselves then there these they this those through to too under
  until up upon us use used using very via want was we well were what when where whether which while
  who whom whose why will with within without would yet you your yours yourself also back first last
  two three four five six seven eight nine ten way ways time times year years day days week weeks
  month months people thing things lot lots make makes made take takes need needs know known
  including include includes based according around across along among already always another
  something anything everything nothing someone anyone everyone still though although less least
  next good better best great right left high low part parts new news read click here share
  don't doesn't didn't can't cannot couldn't won't wouldn't shouldn't wasn't weren't hasn't haven't hadn't
  i'm i've i'll i'd you're you've you'll you'd we're we've we'll we'd they're they've they'll they'd he'll
  he'd she'll she'd there's here's what's let's that'll`.split(/\s+/),
);

function withCurlyApostrophes(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((word) => (word.includes("'") ? [word, word.replaceAll("'", '’')] : [word])));
}

/** The lists by ISO 639-1 code, as the language detector and an HTML lang attribute name the language. */
const LISTS: Readonly<Record<string, readonly string[]>> = {
  ar: ara,
  bg: bul,
  bn: ben,
  cs: ces,
  de: deu,
  el: ell,
  en: eng,
  es: spa,
  fa: fas,
  fi: fin,
  fr: fra,
  he: heb,
  hi: hin,
  hu: hun,
  id: ind,
  it: ita,
  ja: jpn,
  lt: lit,
  lv: lav,
  ms: msa,
  da: dan,
  nb: nob,
  nl: nld,
  no: nob,
  pl: pol,
  pt: por,
  ro: ron,
  ru: rus,
  sk: slk,
  sv: swe,
  th: tha,
  tr: tur,
  uk: ukr,
  ur: urd,
  vi: vie,
  zh: zho,
};

/**
 * Function words a package list lacks, by language: its Persian list (48 words) has no "این" (this), "است" (is),
 * "کرد" (did), which were a Persian page's keywords.
 */
const MORE: Readonly<Record<string, readonly string[]>> = {
  fa: 'این آن است بود کرد شد شود کند کرده شده های ها یک خود می او ما آنها هر'.split(' '),
};

/**
 * Languages that elide a short word into the next with an apostrophe ("l'école", "qu'il", "dell'anno"): the
 * keyword is the word after it.
 */
const ELIDING: ReadonlySet<string> = new Set(['fr', 'it', 'ca']);

const OF_LANGUAGE = new Map<string, ReadonlySet<string>>();

/**
 * The function words of a language, lower case: the package's list, MORE's and the vocabulary module's (the
 * package's Spanish and French lists lack "este", "plus", "comme", "tous"); empty for a language without a list.
 * Built once.
 */
function functionWordsOf(code: string | null): ReadonlySet<string> {
  if (code === null || LISTS[code] === undefined) return EMPTY;
  let words = OF_LANGUAGE.get(code);
  if (words === undefined) {
    words = new Set([
      ...LISTS[code].map((word) => word.toLowerCase()),
      ...(MORE[code] ?? []),
      ...(vocabularyOf(code)?.stopWords ?? []),
    ]);
    OF_LANGUAGE.set(code, words);
  }
  return words;
}

const EMPTY: ReadonlySet<string> = new Set();
const FOR_KEYWORDS = new Map<string, ReadonlySet<string>>();

/**
 * The stop words of a page in `language` (a code or tag; null or a language without a list: English's only): every
 * page's English words and filler, and its language's function words. Each language's set is built once.
 */
export function keywordStopWords(language: string | null | undefined): ReadonlySet<string> {
  const code = languageCode(language);
  const own = functionWordsOf(code);
  if (own === EMPTY) return STOP_WORDS;
  let words = FOR_KEYWORDS.get(code!);
  if (words === undefined) {
    words = new Set([...STOP_WORDS, ...own]);
    FOR_KEYWORDS.set(code!, words);
  }
  return words;
}

/**
 * The function words of the page's language alone, for a language other than English (entities.ts: English's
 * capitalised words are read by the lexicon as they are); empty for English or a language without a list.
 */
export function ownFunctionWords(language: string | null | undefined): ReadonlySet<string> {
  const code = languageCode(language);
  return code === 'en' ? EMPTY : functionWordsOf(code);
}

/** Whether a page in `language` elides words with an apostrophe (keywords read the word after it). */
export function elides(language: string | null | undefined): boolean {
  const code = languageCode(language);
  return code !== null && ELIDING.has(code);
}
