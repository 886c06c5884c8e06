/**
 * Person-name shape checks shared by the author, entity and quote extractors. A name is 1–4
 * capitalised words (particles like "de", "van" allowed between them), no digits, and none of its
 * words is a job title, a chrome word or an agency.
 */
import { phrasesOf } from '../rules.ts';
import { fullMonthNames, fullWeekdayNames, LANGUAGES, monthWords } from '../vocabulary/index.ts';
import { WITHOUT_MODULE } from '../vocabulary/without-module.ts';
import { isJsSpace } from '../whitespace.ts';
import { tagsOf } from './lexicon.ts';
import { agencyName } from './sources.ts';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName', 'Honorific']);

/**
 * The lexicon's tags for a word or a multi-word entry ("new york"), [] when unknown: ~24,600 words
 * (given names, countries, cities and organisations, and words it knows as something else, "Key",
 * "Copy", which a capitalised menu line is made of).
 */
export function lexiconTags(word: string): readonly string[] {
  return tagsOf(word.toLowerCase());
}

/** True when the lexicon knows the word as a given name ("Trevor", "Nina"). */
export function isGivenName(word: string): boolean {
  return hasGivenNameTag(lexiconTags(word)) || isDoubleGivenName(word);
}

/**
 * A word that opens a person's name before a capitalised word: a known given name, or "Jan", the given name of
 * German, Dutch, Polish and Czech that English abbreviates January as ("sagte Jan Schmidt", "minister Jan Nowak"); as
 * a month it stands before a number, never before a capitalised word (asPersonName takes no digit).
 */
export function opensPersonName(word: string): boolean {
  return isMonthGivenName(word) || isGivenName(word);
}

/** "Jan" as written (`opensPersonName`'s other half, for a reader that has tested `isGivenName` already). */
export function isMonthGivenName(word: string): boolean {
  return word === MONTH_ABBREVIATION_NAME;
}
const MONTH_ABBREVIATION_NAME = 'Jan';

/** Two given names joined by a hyphen, each capitalised ("Hans-Peter", "Karl-Heinz", "Anne-Marie"). */
export function isDoubleGivenName(word: string): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen <= 0 || hyphen !== word.lastIndexOf('-')) return false;
  const first = word.slice(0, hyphen);
  const second = word.slice(hyphen + 1);
  return (
    CAPITALISED.test(first) && CAPITALISED.test(second) && isHalfOfDouble(first) && isHalfOfDouble(second)
  );
}

/** A known given name, or a month's name that is a given name too: joined by a hyphen it is no month ("Jan-Hendrik"). */
function isHalfOfDouble(word: string): boolean {
  return hasGivenNameTag(lexiconTags(word)) || MONTH_GIVEN_NAMES.has(word.toLowerCase());
}

/** A word written with a capital, then lower case: how a given name stands in a double one. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** The lexicon's tags of a given name. */
const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Whether a lexicon entry's tags make it a given name (`isGivenName` of a word with these tags). */
export function hasGivenNameTag(tags: readonly string[]): boolean {
  return tags.some((tag) => GIVEN_NAME_TAGS.has(tag));
}

/** True when the lexicon knows the word as a given name and as nothing else ("marc"; not "will", "frank"). */
export function isOnlyGivenName(word: string): boolean {
  return knownOnlyAs(word, GIVEN_NAME_TAGS);
}

/** True when the lexicon knows the word, and only with tags of `kinds` ("Milan": places; "Dupont": a company). */
export function knownOnlyAs(word: string, kinds: ReadonlySet<string>): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => kinds.has(tag));
}

/** "male" or "female" when the lexicon knows the given name as one only; null when it does not say. */
export function genderOf(givenName: string): 'male' | 'female' | null {
  const tags = lexiconTags(givenName);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? null : male ? 'male' : 'female';
}

/** True when the lexicon knows the word only as something other than a name ("Copy", "Key"). */
export function isKnownNonName(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag));
}

/**
 * A name line with no label needs more than shape: a given name first (the lexicon's list), and
 * no word the lexicon knows as a common word. Unknown given names are missed: fewer, correct values.
 */
export function looksLikeGivenNameFirst(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && isGivenName(words[0] ?? '') && !words.slice(1).some(isKnownNonName);
}

/**
 * A name written in capitals with no given name first ("CONTINUA DEPOIS DA PUBLICIDADE", "ESCUCHA LA NOTICIA"):
 * a shouted heading or button. A line in capitals has lost the case that tells a name from words, so without a
 * label only a known given name makes it one ("JANE DOE").
 */
export function isShoutedStranger(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase() && !isGivenName(name.split(' ')[0] ?? '');
}

/** Words that make a line a job title or a label, never part of a person's name. */
const ROLE_WORDS = new Set(
  `editor editors editorial writer writers reporter reporters correspondent correspondents columnist
  contributor contributors contributing staff senior junior chief associate assistant executive
  managing deputy director founder cofounder co-founder ceo cto coo cfo president vice manager
  head lead principal analyst specialist strategist expert consultant producer photographer
  author authors admin administrator team desk newsroom bureau guest freelance journalist
  journalists anchor host intern fellow officer partner owner marketing content seo digital
  technical engineer developer designer researcher professor doctor dietitian nutritionist
  coach trainer blogger copywriter member members department officials spokesperson spokesman spokeswoman
  minister secretary governor senator mayor chairman chairwoman general`
    .split(/\s+/)
    // Every vocabulary language's roles of an author box ("Redakteurin", "periodista", "rédactrice").
    .concat(LANGUAGES.flatMap((language) => language.bio.roles)),
);

/** Chrome and function words that appear capitalised in navigation or sentences, not names. */
const NOT_NAME_WORDS = new Set(
  `the a an and or of in on at to for from with by about as is are was be this that these those
  our your my his her their its we you it all new more most latest popular related recent top
  best read share follow subscribe sign login log menu search home news blog posts post article
  articles category categories tags tag comments comment reply contact privacy policy terms
  cookie cookies skip content main page next previous back view show hide open close print email
  facebook twitter linkedin instagram youtube pinterest whatsapp tiktok reddit telegram google
  updated published posted date time min minute minutes read video videos photo photos image
  images gallery advertisement sponsored use case cases table contents toc learn get start
  free trial demo book now today yesterday click here download shop buy cart account join
  guide guides tips review reviews how what why when where who which faq faqs help
  support services service products product solutions pricing resources careers company
  overview summary introduction conclusion chapter section part user users`
    .split(/\s+/)
    // English months and weekdays (the vocabulary's): "June" alone opens a name only after a label.
    .concat(monthWords(['en']), fullWeekdayNames(['en']))
    // Every vocabulary language's one-word author labels and comment nouns ("Autor Mark", "Keine Kommentare"),
    // the newsroom words aside (a newsroom signs as "Redaktion").
    .concat(
      LANGUAGES.flatMap((language) => [
        ...language.metadata.authorLabels.filter(
          (label) => /^\p{L}+$/u.test(label) && !language.metadata.newsroomWords.includes(label),
        ),
        ...language.countNouns.comments,
      ]),
    ),
);

/**
 * A site's menu entry for its home page in every language ("Ana Sayfa" is Turkish's: shaped as a given name and a
 * surname, it opened a Turkish page's menu and was read as the writer's name).
 */
const HOME_ENTRIES: ReadonlySet<string> = new Set(phrasesOf(['home'], { lines: WITHOUT_MODULE.home }).lines);

/**
 * Every vocabulary language's weekdays and months (full names; English's are also in NOT_NAME_WORDS, anywhere in a
 * name), which never open
 * a name ("Redaktion" / "Dienstag, 4. Juni 2019", "Autor" / "Oktober 2019"), except those the lexicon knows as
 * given names ("Domingo", "Julio"). Only as the first word: "Freitag" and "Sonntag" are surnames too.
 */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...fullWeekdayNames(), ...fullMonthNames()].filter((word) => !isGivenName(word)),
);

/**
 * Company legal forms of the languages we read and their neighbours, lower case without dots: a name that ends
 * with one is a company's ("Qualisys GmbH", "Acme Ltd.", "Grupo Lar S.A."), not a person's.
 */
const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'gmbh ag kg ohg ev eg ug se ltd llc llp inc corp co plc sa sas sarl sl spa srl bv nv oy ab aps pty'.split(
    ' ',
  ),
);

/** True when `word` is a company's legal form ("GmbH", "Ltd.", "S.A."). */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word.replace(/[.,]/g, '').toLowerCase());
}

/** Months that are also given names ("April Fulton", "June Carter", "Von Jan Kupitz", "Par Mai Linh"). */
const MONTH_GIVEN_NAMES = new Set(['april', 'may', 'june', 'august', 'jan', 'mai']);

const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'bin',
  'al',
  'el',
  'dos',
  'das',
  'ter',
]);
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|prof|sir|dame|rev|hon)\.?\s+/i;

/** True when the word is a job title or role word (e.g. "Senior", "Reporter"). */
export function isRoleWord(word: string): boolean {
  // A word of ASCII letters and hyphens (most) has nothing for the pattern to drop: no regex pass.
  const lower = word.toLowerCase();
  return ROLE_WORDS.has(asciiLettersOnly(word, true) ? lower : lower.replace(/[^\p{L}-]/gu, ''));
}

/** Every code unit of `word` is an ASCII letter (or a hyphen, when `hyphen`). */
export function asciiLettersOnly(word: string, hyphen: boolean): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if ((c < 0x61 || c > 0x7a) && !(hyphen && word.charCodeAt(i) === 0x2d)) return false;
  }
  return true;
}

/** True when the line is a job title such as "Senior Reporter" or "Contributing Writer, Tech". */
export function isRoleLine(text: string): boolean {
  const words = text.split(/[\s,&/|·•-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return words.some(isRoleWord) && !/\d/.test(text);
}

/** A name whose last word is one capital letter, and the text it came from with that letter's period. */
const FINAL_INITIAL = /\S\s\p{Lu}$/u;
const INITIAL_DOT = /\s\p{Lu}\.[\s"'”’)\],;:|•·@-]*$/u;

/** tidyName's results (the author readers ask for the same short texts many times); emptied when large. */
const TIDIED = new Map<string, string>();
const MAX_TIDIED = 5000;

/**
 * Removes a leading honorific and surrounding punctuation: "Dr. Jane Roe," → "Jane Roe", and a footnote mark that
 * points to the writer's note under the piece ("Por Ana Souza*"). A final initial keeps its period ("Juan Carlos Muñoz C.": Spanish and Portuguese names end so).
 */
export function tidyName(text: string): string {
  // Most texts asked are tidy already (a name the readers cut out): known so by one look at their characters,
  // without the map (a new string is hashed to be looked up) or the patterns.
  if (isTidy(text)) return text;
  let tidy = TIDIED.get(text);
  if (tidy === undefined) {
    tidy = text.replace(SURROUNDING_MARKS, '').replace(HONORIFIC, '').replace(/\s+/g, ' ').trim();
    if (FINAL_INITIAL.test(tidy) && INITIAL_DOT.test(text)) tidy += '.';
    if (TIDIED.size >= MAX_TIDIED) TIDIED.clear();
    TIDIED.set(text, tidy);
  }
  return tidy;
}

/**
 * Whether tidyName leaves `text` as it is: no character the first pattern strips at either end, no honorific first,
 * white space only as single spaces (so the last two steps change nothing either), and its end no initial's
 * period (the text would end in one: a character the first pattern strips).
 */
function isTidy(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (LEADING_STRIPPED.has(first) || TRAILING_STRIPPED.has(last) || isJsSpace(first) || isJsSpace(last))
    return false;
  // An honorific opens with one of these letters in either case (d, m, p, s, r, h).
  if (HONORIFIC_INITIALS.has(first | 0x20) && HONORIFIC.test(text)) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? text.charCodeAt(i + 1) === 0x20 : isJsSpace(c)) return false;
  }
  return true;
}

/**
 * What tidyName strips at a name's start and at its end, white space besides: quotes and brackets, an @, the
 * punctuation after it, a footnote mark ("Por Ana Souza*").
 */
const LEADING_MARKS = '"\'“”‘’([@';
const TRAILING_MARKS = '"\'“”‘’)],.;:|•·@*†-';
const LEADING_STRIPPED = new Set([...LEADING_MARKS].map((c) => c.charCodeAt(0)));
const TRAILING_STRIPPED = new Set([...TRAILING_MARKS].map((c) => c.charCodeAt(0)));
/** The characters of `marks` as a character class's content. */
const classOf = (marks: string) => marks.replace(/[\\\][^-]/g, '\\$&');
/** White space and TRAILING_MARKS closing a text (author-rules-fast.ts cuts a first word's end with it). */
export const TRAILING_PUNCTUATION = new RegExp(`[\\s${classOf(TRAILING_MARKS)}]+$`, 'u');
const SURROUNDING_MARKS = new RegExp(
  `^[\\s${classOf(LEADING_MARKS)}]+|[\\s${classOf(TRAILING_MARKS)}]+$`,
  'gu',
);
const HONORIFIC_INITIALS = new Set([...'dmpsrh'].map((c) => c.charCodeAt(0)));

/**
 * The text as a person's name, or null when it does not look like one. `minWords` is 2 for weak
 * evidence (a bare line), 1 after an explicit "By".
 */
export function asPersonName(
  text: string,
  minWords = 2,
  afterLabel = false,
  labelled = false,
): string | null {
  // One map per argument set, keyed by the text itself: a key joined from the arguments was a new string to
  // hash at every call (the readers ask ~330 times a page).
  const variant = 4 * minWords + (afterLabel ? 1 : 0) + (labelled ? 2 : 0);
  let shapes = SHAPED.get(variant);
  if (shapes === undefined) {
    shapes = new Map();
    SHAPED.set(variant, shapes);
  }
  const known = shapes.get(text);
  if (known !== undefined) return known;
  const shaped = personName(text, minWords, afterLabel, labelled);
  if (shapes.size >= MAX_TIDIED) shapes.clear();
  shapes.set(text, shaped);
  return shaped;
}

/** Two to six Han characters or kana, or two to four Hangul syllables: a Chinese, Japanese or Korean name. */
const SPACELESS_NAME = /^(?:[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{2,6}|\p{sc=Hangul}{2,4})$/u;
/**
 * Two to four words of letters without case (Arabic, Hebrew, Devanagari, Thai, … with their vowel marks and
 * joiners), each of 2 to 20 code units: "أحمد المصري", "דני כהן", "राहुल शर्मा", "สมชาย ใจดี" (a Thai phrase runs its
 * words together far longer). A capital tells a name in other scripts; these have
 * none, so after an author label only.
 */
const CASELESS_NAME = /^[\p{Lo}\p{M}\u200c\u200d]{2,20}(?: [\p{Lo}\p{M}\u200c\u200d]{2,20}){1,3}$/u;

/** asPersonName's results by its arguments (the readers ask for the same lines many times); emptied when large. */
const SHAPED = new Map<number, Map<string, string | null>>();

function personName(text: string, minWords: number, afterLabel: boolean, labelled: boolean): string | null {
  const name = tidyName(text);
  if (name.length < 2 || name.length > 60) return null;
  // A name in a script written without spaces or capitals ("张伟", "山田太郎", "홍길동"): after an author label only.
  if (afterLabel && SPACELESS_NAME.test(name)) return name;
  // Words without case are a name only where a label or a byline's word says so (a line of them is any phrase).
  if (labelled && CASELESS_NAME.test(name)) return name;
  if (/[\d@#/\\_=+<>{}[\]()!?:;…"“”]/u.test(name)) return null;
  if (agencyName(name)) return null;
  if (HOME_ENTRIES.has(name.toLowerCase())) return null;
  const words = name.split(' ');
  if (words.length < minWords || words.length > 5) return null;
  if (words.length >= 2 && isLegalForm(words.at(-1)!)) return null;
  let capitalised = 0;
  for (const [i, word] of words.entries()) {
    const bare = word.replace(/[.,'’-]+$/u, '');
    const lower = bare.toLowerCase();
    if (PARTICLES.has(lower) && i > 0 && i < words.length - 1) continue;
    if (!/^\p{Lu}/u.test(bare)) return null;
    if (!/^[\p{L}][\p{L}.'’-]*$/u.test(bare)) return null;
    // "By April Fulton": after a byline label a month that is also a given name opens a name.
    const monthGiven =
      i === 0 &&
      words.length >= 2 &&
      ((afterLabel && MONTH_GIVEN_NAMES.has(lower)) || bare === MONTH_ABBREVIATION_NAME);
    // "John A. Alic": an initial with its dot is no article "a".
    const initial = i > 0 && /^\p{Lu}\.$/u.test(word);
    if (ROLE_WORDS.has(lower) || (NOT_NAME_WORDS.has(lower) && !monthGiven && !initial)) return null;
    if (i === 0 && !monthGiven && CALENDAR_WORDS.has(lower)) return null;
    // An all-capitals word longer than 3 letters in a multi-word line is a heading, except whole
    // upper-case names ("LEONARDO GARCIA"), which are allowed when every word is upper-case.
    capitalised++;
  }
  if (capitalised === 0) return null;
  const upper = words.filter((word) => word.length > 1 && word === word.toUpperCase());
  if (
    upper.length > 0 &&
    upper.length < words.length &&
    upper.some((word) => word.replace(/\./g, '').length > 3)
  )
    return null;
  return name;
}

/**
 * Splits "Jane Roe and John Doe", "Jane Roe, John Doe & Max Mustermann" into the parts. With `conjunctions` (the
 * page's languages' name conjunctions, labels.ts), a part splits at one of them too ("Benjamin Fischer und Marcus
 * Theurer"), but only between name-shaped parts: see splitAtConjunction.
 */
export function splitNames(text: string, conjunctions?: RegExp): string[] {
  const parts = text
    .split(/\s*(?:,|;|&|\band\b|\bwith\b|\+)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  // Most parts hold no conjunction: the parts as they are, without a new array.
  if (!conjunctions || !parts.some((part) => conjunctions.test(part))) return parts;
  return parts.flatMap((part) => splitAtConjunction(part, conjunctions));
}

/**
 * "Benjamin Fischer und Marcus Theurer" → both names; "Procter und Gamble", "Forschung und Lehre" stay whole (and so
 * read as no name): every piece must have a person's name's shape, two capitalised words at least ("Jan de Vries")
 * or one known given name ("Marco e Anna Bianchi", "Anna und Marc"). (Outside English, title case is rare: a
 * phrase of two capitalised words on each side of the conjunction is a pair of names.) `conjunctions` matches a
 * lower-case conjunction with the white space around it.
 */
function splitAtConjunction(part: string, conjunctions: RegExp): string[] {
  if (!conjunctions.test(part)) return [part];
  const pieces = part.split(conjunctions).map((piece) => piece.trim());
  for (const piece of pieces) {
    // A month that is a given name too opens a piece as after a byline label ("Jan de Vries en Piet Bakker").
    const shaped = piece.includes(' ')
      ? asPersonName(piece, 2, true)
      : isGivenName(piece) && asPersonName(piece, 1);
    if (!shaped) return [part];
  }
  return pieces;
}
