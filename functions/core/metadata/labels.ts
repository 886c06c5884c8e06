/**
 * The metadata labels of the vocabulary (functions/core/vocabulary) compiled to the patterns the author and
 * credit readers match: byline words ("By", "Von", "Par"), author labels ("Author:", "Autor:"), credits for
 * other work ("Photo by", "Foto:"), credit lines ("Reporting by", "Additional reporting by").
 *
 * Which languages count: English always (English bylines appear on pages in every language), plus the page's
 * own; all of them when the language is unknown. A word like "Di" (Italian "by") or "Door" (Dutch) is a byline
 * word on an Italian or Dutch page only. Patterns are compiled once per language and kept.
 */
import { LANGUAGES, type LanguageVocabulary, type MetadataWords, vocabularyOf } from '../vocabulary/index.ts';
import { caselessPattern, phrasePattern } from '../vocabulary/patterns.ts';
import { WITHOUT_MODULE } from '../vocabulary/without-module.ts';
import { tailsAsWritten } from './labels-fast.ts';

export interface LabelPatterns {
  /** "By Jane Roe", "Von Heike Buchter", "Written by: Jane Roe", "ByJane Roe" (English glued): group 1 the rest. */
  byline: RegExp;
  /** "Author: Jane Roe", "Auteur : Kossivi Tiassou", "Text & Fotos: Ivan Valetny", "About the Author - Jane Roe": group 1 the rest. */
  authorLabel: RegExp;
  /**
   * A byline word, author label or author-box heading alone on its line (the name follows in the next block), or
   * an author label joined to another credit with its colon ("Text & Fotos:").
   */
  labelOnly: RegExp;
  /**
   * "Kommentar von", "10.12.2022 18:27 von", "A post by": a short line closing on a byline word, the name on the
   * line after it (a link of its own, that a dump writes on its own line).
   */
  endsWithByline: RegExp;
  /** "October 11, 2023 by Jane Roe", "02.02.2022, 11:30 Uhr von Markus Steinrisser": a byline after a date. */
  trailingByline: RegExp;
  /**
   * `trailingByline` on a line that holds a byline word as a word (most lines hold none: the unanchored pattern
   * then never runs).
   */
  hasTrailingByline(text: string): boolean;
  /** "Photo by …", "Reviewed by …", "Foto: …": credits for other work than writing. */
  notWriter: RegExp;
  /**
   * A picture credit anywhere on a line: a credit label with its colon after a word boundary ("… Hamburg. Foto:
   * Markus Scholz/dpa", "(Bildquelle: …)"), or a credit's end ("… /Getty Images", "… / Shutterstock"): the names
   * on such a line are a photographer's or the people pictured.
   */
  creditMark: RegExp;
  /** "Reporting by …", "Additional reporting by …", "Editing by …": group 1 the label, group 2 the names. */
  credit: RegExp;
  /** The labels of `credit` that name the reporters (authors when there is no byline), lower case. */
  reporting: ReadonlySet<string>;
  /**
   * The first characters, in either case, of the byline words, author labels and author-box headings: a line
   * opening with another ASCII character matches none of `byline`, `authorLabel` and `labelOnly`.
   */
  labelStarts: ReadonlySet<string>;
  /**
   * The first two characters, lower case, of the same labels (white space as one space: "a post by" → "a "), the
   * pairs of ASCII characters as a table: entry 128 × first + second is 1 for a pair. A line whose first two
   * characters are ASCII and, lower-cased, no pair here matches none of those patterns either (author-rules-fast.ts
   * reads it for every line it gates, without making the pair's string).
   */
  labelPairCodes: Uint8Array;
  /**
   * The last words of the byline words ("by", "von") followed by a space or a colon, found in a line as written
   * (labels-fast.ts `tailsAsWritten`): `hasTrailingByline` is false for a line it does not match. Null when a tail
   * is not ASCII letters (then the lower-casing test runs).
   */
  bylineTailAsWritten: RegExp | null;
  /** The first letters (lower case) of the credit labels: a line starting otherwise holds no credit. */
  creditStarts: ReadonlySet<string>;
  /**
   * Where a byline's name ends: a connector before a date or place ("on", "am", "le"), a separator, a digit, a
   * date label ("Published", "Aktualisiert"), a month glued to the name, a capitalised label with a colon.
   */
  nameEnd: RegExp;
  /**
   * A byline word or author label opening a line, with or without its colon, and the white space after it ("By ",
   * "Written by ", "Author: ", "Von "): the label of a name-and-date line (cleaning/detectors.ts `metaLineKind`).
   */
  bylineLabel: RegExp;
  /**
   * A word that ends a byline's name before its date, between white space ("on", "am", "le"): global, read with
   * `exec` from `lastIndex` 0 (cleaning/detectors.ts).
   */
  nameEnder: RegExp;
  /** "Jane Roe May": the month of a date after the name. */
  trailingMonth: RegExp;
  /**
   * A conjunction between two writers' names ("and", "und", "et", "y", "e", "en"), lower case, with the white space
   * around it: splitNames splits a byline at it between name-shaped parts.
   */
  conjunctions: RegExp;
  /**
   * A comment link closing a post's meta line ("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar",
   * "Jane Roe Leave a comment"): the page languages' comment headings of two words or more, at the end.
   */
  commentsTail: RegExp;
  /**
   * "unserem Redakteur Peter Meyer", "notre correspondant Jean Dupont", "our reporter Jane Roe": the page languages'
   * word for "our" opening a byline's text after its label, with the white space after it.
   */
  ours: RegExp;
}

/** Label words that are surnames or ordinary words too often to end a name ("Jane Stand", "Mary Last"). */
const NOT_END_WORDS = new Set([
  'date',
  'datum',
  'data',
  'fecha',
  'last',
  'first',
  'stand',
  'online',
  'content',
  'publish',
]);

/** The first two characters of each label, lower case (white space as one space), as a table of ASCII pairs. */
function pairCodes(labels: readonly string[]): Uint8Array {
  const table = new Uint8Array(128 * 128);
  for (const label of labels) {
    const pair = label.toLowerCase().slice(0, 2).replace(/\s/u, ' ');
    const first = pair.charCodeAt(0);
    const second = pair.charCodeAt(1);
    if (pair.length === 2 && first < 128 && second < 128) table[128 * first + second] = 1;
  }
  return table;
}

/** "last updated" → /Last\s+[Uu]pdated/: capitalised first word, either case after it. */
function titlePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, i) => {
      const rest = phrasePattern(word.slice(1));
      const first = word.charAt(0);
      return i === 0 ? `${first.toUpperCase()}${rest}` : `[${first.toUpperCase()}${first}]${rest}`;
    })
    .join('\\s+');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Phrases as one alternation, longest first (so "written by" wins over "by"); each written by `pattern`
 * (phrasePattern, or caselessPattern for an expression without the `i` flag).
 */
export function alternation(phrases: Iterable<string>, pattern = phrasePattern): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(pattern)
    .join('|');
}

function collect(
  languages: readonly LanguageVocabulary[],
  pick: (words: MetadataWords) => readonly string[],
) {
  return languages.flatMap((language) => pick(language.metadata));
}

function compile(
  languages: readonly LanguageVocabulary[],
  other: { authorLabels: readonly string[]; bylineWords: readonly string[] } = {
    authorLabels: [],
    bylineWords: [],
  },
): LabelPatterns {
  const authorLabelList = [...collect(languages, (w) => w.authorLabels), ...other.authorLabels];
  const bylineWordList = [...collect(languages, (w) => w.bylineWords), ...other.bylineWords];
  const bylineWords = alternation(bylineWordList);
  const caselessBylineWords = alternation(bylineWordList, caselessPattern);
  // One-word byline words of three letters or more, capitalised ("Por", "Von"; "Di" would cut "DiCaprio"), of
  // a known page language only: with every language's, "DoorDash" would read as Dutch "Door" glued to a name.
  const gluedBylineWords = alternation(
    (languages.length <= 2 ? collect(languages, (w) => w.bylineWords) : [])
      .filter((word) => word.length >= 3 && /^\p{L}+$/u.test(word))
      .map(capitalise),
    (word) => word,
  );
  const authorLabels = alternation(authorLabelList);
  const authorBoxes = alternation(collect(languages, (w) => w.authorBoxLabels));
  const notWriterLabels = collect(languages, (w) => w.notWriterLabels);
  const notWriter = alternation(notWriterLabels);
  const pictureCredit = languages.map((language) => language.chrome.pictureCredit);
  // The one-phrase labels of a picture credit, without their colon ("foto:", "bildquelle:", "image credit").
  const creditLabels = alternation(
    [...notWriterLabels, ...pictureCredit.flatMap((phrases) => phrases?.prefixes ?? [])]
      .map((label) => label.replace(/[:：]$/u, '').trim())
      .filter((label) => /^[\p{L}' ]+$/u.test(label)),
  );
  // A credit's end: the vocabulary's ("/ getty images", "shutterstock") and a one-word credit label closing the
  // line after a slash or a space ("(Jane Roe/Staff Photographer)", "Jane Roe/Foto").
  const oneWordNotWriter = notWriterLabels.filter((label) => /^\p{L}+$/u.test(label));
  const creditEnds = alternation([
    ...pictureCredit.flatMap((phrases) => phrases?.suffixes ?? []).filter((suffix) => suffix.length >= 5),
    ...oneWordNotWriter.flatMap((label) => [`/${label}`, ` ${label}`]),
  ]);
  // "Text & Fotos:", "Text und Bild:", "Texte et photos :": the page's languages' conjunctions (as splitNames splits at).
  const nameConjunctions = alternation(collect(languages, (w) => w.nameConjunctions));
  const reporting = collect(languages, (w) => w.reportingLabels);
  const credits = alternation([...reporting, ...collect(languages, (w) => w.contributorLabels)]);
  const enders = alternation(collect(languages, (w) => w.nameEnders));
  // "Von Jule Radeck Vom 3. Februar 2022": a capitalised ender ends the name only before a number ("Le Pen" stays).
  const capitalEnders = alternation(
    collect(languages, (w) => w.nameEnders)
      .filter((word) => !word.includes(' '))
      .map(capitalise),
  );
  const bylineTails = [...new Set(bylineWordList.map((phrase) => phrase.split(' ').at(-1)!))];
  const bylineTail = new RegExp(
    `(?:${bylineTails.map((tail) => tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[ :]`,
  );
  // "Jane RoeMay 7, 2025", "Sarah Hauer Published …": a month or a label glued to or after the name.
  const months = alternation(
    languages.flatMap((l) => l.months.flatMap((forms) => forms.filter((f) => f.length >= 3))).map(capitalise),
  );
  const dateLabels = collect(languages, (w) => [...w.publishedLabels, ...w.updatedLabels]);
  const labelWords = [
    ...dateLabels.map((label) => label.split(' ')[0]!),
    'reviewed',
    'fact',
    'edited',
    'follow',
  ].filter((word) => word.length >= 4 && !NOT_END_WORDS.has(word));
  // A label of several words is an ender as a whole ("Last Updated", "Last updated"), whatever its first word.
  const labelPhrases = dateLabels.filter((label) => label.includes(' ')).map(titlePattern);
  const labelEnd = `${labelPhrases.join('|')}|${alternation(labelWords.map(capitalise))}`;
  const named = `(\\p{Lu}.+|\\p{Ll}[\\p{Ll}\\d_.-]{2,29}(?=\\s|$).*)$`;
  // "Posted in Datenschutz by damianduchamps on August 3, 2019": a post's meta line opens with a publication
  // label ("Posted", "Veröffentlicht", "Publié") and names its writer after a byline word further on.
  const postLabels = alternation(
    collect(languages, (w) => w.publishedLabels).map((label) => label.split(' ')[0]!),
  );
  // After a publication label, a byline phrase's last word alone is its byline word too: WordPress writes "Pubblicato
  // il 12 marzo 2024 da Marco Rossi", "Opublikowano 12 marca 2024 przez Anna Kowalska" ("scritto da", "dodane przez").
  // Not a word that joins a date's parts ("reportagem de", but "12 de março de 2024").
  const dateJoiners = new Set(collect(languages, (w) => w.dateJoiners));
  const postBylineWords = alternation([
    ...bylineWordList,
    ...bylineTails.filter((tail) => !dateJoiners.has(tail)),
  ]);
  const trailingByline = new RegExp(
    `(?:\\d|[|•·—–,]|\\b(?:uhr|h))\\s*[|•·—–]?\\s*(?:${bylineWords})\\s*:?\\s+${named}|^(?:${postLabels})\\s.{0,60}?\\s(?:${postBylineWords})\\s*:?\\s+${named}`,
    'iu',
  );
  return {
    trailingByline,
    hasTrailingByline(text: string): boolean {
      // A byline word's last word with a space or a colon after it, anywhere in the lower-cased line.
      if (!bylineTail.test(text.toLowerCase())) return false;
      return trailingByline.test(text);
    },
    // No `i` flag: under it \p{Lu} matches lower case too, and "Byte", "Bypass" read as "By" glued to a name.
    // The page's languages' one-word byline words glued the same way ("PorRodolfo Costa", "VonJane Roe": the
    // link's text glued to the word before it), before a capitalised word in lower case after its capital.
    byline: new RegExp(
      `^(?:${caselessBylineWords})(?:\\s*[:：]\\s*|\\s+)(.+)$|^(?:By(?=\\p{Lu})${gluedBylineWords ? `|(?:${gluedBylineWords})(?=\\p{Lu}\\p{Ll})` : ''})(.+)$`,
      'u',
    ),
    // "About the Author - Florina Ionescu": an author-box heading with the name on its line.
    authorLabel: new RegExp(
      `^(?:(?:${authorLabels})(?:\\s*(?:&|\\+|${nameConjunctions})\\s*\\p{L}+)?\\s*[:：]|(?:${authorBoxes})\\s*[:：|–—-])\\s*(.+)$`,
      'iu',
    ),
    // "Text & Fotos:" alone, as authorLabel reads it before a name: a label whose name is on the next line.
    labelOnly: new RegExp(
      `^(?:(?:${bylineWords}|${authorLabels}|${authorBoxes})\\s*[:：]?|(?:${authorLabels})\\s*(?:&|\\+|${nameConjunctions})\\s*\\p{L}+\\s*[:：])$`,
      'iu',
    ),
    endsWithByline: new RegExp(`\\s(?:${bylineWords})\\s*[:：]?$`, 'iu'),
    notWriter: new RegExp(`^(?:${notWriter})(?:\\s*[:：]|\\s)`, 'iu'),
    creditMark: new RegExp(
      `(?:^|[\\s(\\[|/–—.,-])(?:${creditLabels})\\s*[:：]|(?:${creditEnds})\\s*[)\\]]?\\s*$`,
      'iu',
    ),
    credit: new RegExp(`^[(\\[]?\\s*(${credits})\\s*(?:[:：]\\s*|\\s+)(.+)$`, 'iu'),
    reporting: new Set(reporting),
    labelStarts: new Set(
      [...bylineWordList, ...collect(languages, (w) => w.authorBoxLabels), ...authorLabelList].flatMap(
        (label) => [label.charAt(0).toLowerCase(), label.charAt(0).toUpperCase()],
      ),
    ),
    labelPairCodes: pairCodes([
      ...bylineWordList,
      ...collect(languages, (w) => w.authorBoxLabels),
      ...authorLabelList,
    ]),
    bylineTailAsWritten: tailsAsWritten(bylineTails),
    creditStarts: new Set(
      [...reporting, ...collect(languages, (w) => w.contributorLabels)].map((label) => label.charAt(0)),
    ),
    nameEnd: new RegExp(
      `\\s+(?:${enders})\\s|\\s+(?:${capitalEnders})\\s+(?=\\d)|\\s*[|•·—–⋅]\\s*|\\s+\\(|\\s+-\\s+|\\d|(?:${labelEnd})\\b|(?<=\\p{Ll})(?=(?:${months}|In|On)\\b)|\\s+\\p{Lu}\\p{Ll}+\\s*:`,
      'u',
    ),
    bylineLabel: new RegExp(`^(?:${alternation([...bylineWordList, ...authorLabelList])})\\s*:?\\s+`, 'iu'),
    // In the vocabulary's order, not longest first: the name-and-date test tries each ender where it stands.
    nameEnder: new RegExp(
      `\\s(?:${[...new Set(collect(languages, (w) => w.nameEnders))].map(phrasePattern).join('|')})\\s`,
      'giu',
    ),
    trailingMonth: new RegExp(`\\s+(?:${months})\\.?\\s*$`, 'u'),
    commentsTail: new RegExp(
      `\\s+(?:${alternation(
        languages
          .flatMap((language) => language.chrome.commentsHeading?.lines ?? [])
          .filter((phrase) => phrase.includes(' ')),
      )})\\s*$`,
      'iu',
    ),
    // Lower case only: "Und", "En" capitalised open a phrase or a name, not a second writer.
    conjunctions: new RegExp(`\\s+(?:${nameConjunctions})\\s+`, 'u'),
    ours: new RegExp(`^(?:${alternation(collect(languages, (w) => w.ourWords))})\\s+`, 'iu'),
  };
}

// A page in a language without a module, or of unknown language, reads every module's labels and the author
// labels of the languages without one.
const ALL = compile(LANGUAGES, WITHOUT_MODULE);
const BY_LANGUAGE = new Map<string, LabelPatterns>();

/** The patterns for a page in `language` (English and that language; every language when unknown). */
export function labelPatterns(language: string | null | undefined): LabelPatterns {
  const vocabulary = vocabularyOf(language);
  if (!vocabulary) return ALL;
  let patterns = BY_LANGUAGE.get(vocabulary.code);
  if (!patterns) {
    const en = LANGUAGES.find((l) => l.code === 'en')!;
    patterns = compile(vocabulary.code === 'en' ? [en] : [en, vocabulary]);
    BY_LANGUAGE.set(vocabulary.code, patterns);
  }
  return patterns;
}

/**
 * A Korean byline, "홍길동 기자" (a senior reporter's, a correspondent's, an editorial writer's too; an e-mail address
 * may follow), or a Chinese one, "本报记者 张伟", "记者 张伟": group 1 or 2 the name.
 */
const REPORTER_LINE =
  /^(?:(\p{sc=Hangul}{2,4})\s*(?:선임|수석)?(?:기자|특파원|논설위원)(?:\s+\S+@\S+)?|(?:本报|本台)?(?:记者|特约记者)\s+(\p{sc=Han}{2,4}))$/u;

/** The writer a Korean or Chinese byline names, the role beside the name with no colon; null for any other line. */
export function reporterName(text: string): string | null {
  const line = text.trim();
  if (line.length > 60) return null;
  const match = REPORTER_LINE.exec(line);
  return match ? (match[1] ?? match[2] ?? null) : null;
}
