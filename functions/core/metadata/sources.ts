import { StringIndexFast } from '../string-index-fast.ts';
import type { CleanResult } from '../types.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import { caselessPattern } from '../vocabulary/patterns.ts';
import { labelPatterns } from './labels.ts';
import { looksLikeGivenNameFirst } from './names.ts';

/**
 * Wire agencies and syndicating outlets, keyed by how they are written, valued by the name we
 * store. Kept to organisations that credit copy in bylines/datelines; outlets that only publish
 * their own reporting are not listed, so a mention in a sentence is not a credit.
 */
const AGENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:the\s+)?associated\s+press$|^ap$/i, 'Associated Press'],
  [/^(?:thomson\s+)?reuters$/i, 'Reuters'],
  [/^afp$|^agence\s+france[-\s]presse$/i, 'AFP'],
  [/^bloomberg(?:\s+news)?$/i, 'Bloomberg'],
  [/^pti$|^press\s+trust\s+of\s+india$/i, 'PTI'],
  [/^ani$|^asian\s+news\s+international$/i, 'ANI'],
  [/^ians$/i, 'IANS'],
  [/^upi$|^united\s+press\s+international$/i, 'UPI'],
  [/^xinhua(?:\s+news\s+agency)?$/i, 'Xinhua'],
  [/^dpa$|^deutsche\s+presse[-\s]agentur$/i, 'dpa'],
  [/^efe$/i, 'EFE'],
  [/^ansa$/i, 'ANSA'],
  [/^kyodo(?:\s+news)?$/i, 'Kyodo'],
  [/^yonhap(?:\s+news\s+agency)?$/i, 'Yonhap'],
  [/^tass$/i, 'TASS'],
  [/^(?:the\s+)?canadian\s+press$/i, 'Canadian Press'],
  [/^aap$|^australian\s+associated\s+press$/i, 'AAP'],
  [/^(?:the\s+)?press\s+association$|^pa(?:\s+media)?$/i, 'PA Media'],
  [/^anadolu(?:\s+agency)?$/i, 'Anadolu'],
  // National wire agencies of the vocabulary's languages that credit copy as "(KNA)", "(epd)" or "Lisboa (Lusa) -".
  [/^kna$|^katholische\s+nachrichten[-\s]agentur$/i, 'KNA'],
  [/^epd$|^evangelischer\s+pressedienst$/i, 'epd'],
  [/^(?:keystone[-\s])?sda$/i, 'Keystone-SDA'],
  [/^anp$/i, 'ANP'],
  [/^belga$/i, 'Belga'],
  [/^lusa$/i, 'Lusa'],
  [/^pap$|^polska\s+agencja\s+prasowa$/i, 'PAP'],
  [/^ag[eê]ncia\s+brasil$/i, 'Agência Brasil'],
  [/^europa\s+press$/i, 'Europa Press'],
  [/^cnn$/i, 'CNN'],
  [/^bbc(?:\s+news)?$/i, 'BBC'],
];

/** The stored name of an agency written as `text`, or null when it is not a known agency. */
export function agencyName(text: string): string | null {
  const trimmed = text.trim().replace(/[.,;:]+$/, '');
  for (const [pattern, name] of AGENCIES) if (pattern.test(trimmed)) return name;
  return null;
}

/** The longest text of a credit line we read: longer blocks are article prose, not credits. */
export const MAX_CREDIT_CHARS = 300;
const AGENCY_TOKEN =
  '(?:[Tt]he\\s+)?(?:Associated\\s+Press|Thomson\\s+Reuters|Reuters|AFP|Agence\\s+France[-\\s]Presse|Bloomberg(?:\\s+News)?|PTI|ANI|IANS|UPI|Xinhua|dpa|DPA|EFE|ANSA|Kyodo|Yonhap|TASS|Canadian\\s+Press|AAP|PA\\s+Media|Press\\s+Association|Anadolu|KNA|epd|Keystone-SDA|SDA|ANP|Belga|Lusa|PAP|Polska\\s+Agencja\\s+Prasowa|Ag[eê]ncia\\s+Brasil|Europa\\s+Press|EUROPA\\s+PRESS|ASSOCIATED\\s+PRESS|REUTERS|AP|CNN|BBC)';
/** "with", as a byline adds the agencies that helped ("Par Claire Monnier avec AFP", "Von Max Muster mit dpa"). */
const WITH_WORDS = 'with|avec|mit|con|com|met';
/** "and" between two agencies or a byline's parts ("avec l'AFP et Reuters", "dpa und AFP"). */
const AND_WORDS = 'and|et|und|y|e|en';
/**
 * A known agency closing a text after a space, as a byline writes it without a comma ("JOHN ROE Associated Press"),
 * or after "with" in a vocabulary language, one agency or more ("avec AFP", "avec l'AFP et Reuters", "mit dpa").
 */
const TRAILING_AGENCY = new RegExp(
  `(?<=\\S)\\s+(?:(?:${WITH_WORDS})\\s+(?:l['’]|la\\s+|el\\s+|der\\s+|the\\s+)?)?${AGENCY_TOKEN}(?:\\s*(?:,|&|\\b(?:${AND_WORDS})\\b)\\s*(?:l['’])?${AGENCY_TOKEN})*\\s*$`,
  'u',
);

/** `text` without a known agency closing it after a space; the text itself when none does. */
export function dropTrailingAgency(text: string): string {
  return text.replace(TRAILING_AGENCY, '');
}

/**
 * "This report contains information from …", "With inputs from …": outlets credited for the copy. (Credits to
 * people, "Reporting by …", are contributors: credits.ts.)
 */
export const CREDIT_LINE =
  /^(?:\(?\s*)?(?:this\s+(?:report|article|story)\s+(?:contains|includes|uses)\s+(?:information|material|reporting)\s+from|with\s+(?:inputs?|files)\s+from|information\s+from)\s*([^\n]{2,240})$/i;
/**
 * A source-credit line in any language of the vocabulary: the phrases the cleaner removes as `attribution.credit`
 * ("Con información de EFE y Europa Press.", "Quelle: dpa", "(avec AFP)", "The Associated Press contributed to this
 * report."), after an optional "(" or "["; a colon may have a space before it ("Source : AFP") and an apostrophe
 * may be curly. Each letter matches its two cases only (caselessPattern: with the `i` flag, Unicode folding
 * would also take "ſ" for "s"). Only the known agencies such a line names are sources (AGENCY_IN_TEXT):
 * "Quelle: Statista" under a chart credits no agency.
 */
const SOURCE_CREDIT_PHRASES = [
  ...new Set(LANGUAGES.flatMap((language) => language.chrome.sourceCredit?.prefixes ?? [])),
];
export const SOURCE_CREDIT_LABEL = new RegExp(
  `^[([]?\\s*(?:${SOURCE_CREDIT_PHRASES.map((phrase) =>
    caselessPattern(phrase).replace(/:/g, '\\s*:').replace(/'/g, "['’]"),
  ).join('|')})`,
  'u',
);
/** The characters a source-credit line can open with, lower case: a phrase's first, "(" or "[" (sources-fast.ts). */
export const SOURCE_CREDIT_FIRST: ReadonlySet<string> = new Set([
  '(',
  '[',
  ...SOURCE_CREDIT_PHRASES.map((phrase) => phrase.charAt(0)),
]);
/**
 * A known agency's name anywhere in a credit line, as a whole word ("l'AFP", "EFE y Europa Press"), and not the
 * start of a longer name ("AP Photo", "Reuters Television").
 */
export const AGENCY_IN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])${AGENCY_TOKEN}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`,
  'gu',
);

/** The known agencies a source-credit line (SOURCE_CREDIT_LABEL) names, in order; none on any other line. */
export function agenciesOfCreditLine(line: string): string[] {
  if (!SOURCE_CREDIT_LABEL.test(line)) return [];
  const names: string[] = [];
  for (const match of line.matchAll(AGENCY_IN_TEXT)) {
    const name = agencyName(match[0]);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "Source: Reuters", "Courtesy: AP": weak phrases ("Source: Statista" under a chart), so agencies only. */
export const WEAK_CREDIT = /^(?:sources?|courtesy|via)\s*:\s*([^\n]{2,120})$/i;
/**
 * "BEIJING (Reuters) -", "(AP) —" at the start of a paragraph (group 1), also with a period before the dash as the
 * Spanish wires write it ("MADRID, 18 (EFE).-"); or a dated line that the agency closes ("Madrid, 18 de marzo de
 * 2024 (EFE).": group 2; a date's digit, so "Meldungen des Evangelischen Pressedienstes (epd)" is no dateline).
 */
export const DATELINE_CREDIT = new RegExp(
  `^(?:[^\\n(]{0,60}\\((${AGENCY_TOKEN})\\)\\.?\\s*[-—–:]|(?=[^\\n(]{0,60}\\()[^\\n(\\d]*\\d[^\\n(]*\\((${AGENCY_TOKEN})\\)\\.?$)`,
  'u',
);
/** The agency a dateline credits (DATELINE_CREDIT, either form) at the start of `line`, as written; null when none. */
export function datelineAgency(line: string): string | null {
  const match = line.slice(0, 120).match(DATELINE_CREDIT);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * "— AP", "- Reuters" as the last words of a paragraph, or a whole short line (group 1); or the agency in
 * parentheses closing it, as German-language papers credit copy ("… skeptisch geäußert. (dpa)", "(KNA 19.11.21)",
 * "(dpa/lno)": group 2), after a sentence's end or alone on its line. A photo credit in parentheses ("(picture
 * alliance / dpa / Oliver Berg)") opens otherwise, and a name with its initials ("Evangelischer Pressedienst
 * (epd)") follows a word.
 */
const SIGNOFF_CREDIT = new RegExp(
  `(?:(?:^|\\s)[-—–]\\s*(${AGENCY_TOKEN})\\.?|(?:^|[.!?…"“”»)]\\s*)\\((${AGENCY_TOKEN})(?:[\\s/,][^()]{0,24})?\\)\\.?)$`,
  'u',
);
/** The agency a sign-off credits (SIGNOFF_CREDIT, either form) in `text`, as written; null when none. */
export function signoffAgency(text: string): string | null {
  const match = text.match(SIGNOFF_CREDIT);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** "© 2024 The Associated Press", "(c) Reuters". */
export const COPYRIGHT_CREDIT = new RegExp(
  `^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?(${AGENCY_TOKEN})\\b`,
  'iu',
);

/**
 * Where a byline's parts end: its separators, "and", and "with" in the vocabulary's languages, parentheses and an
 * elided article ("l'AFP").
 */
const BYLINE_PARTS = new RegExp(
  `\\s*(?:[,|/•·–—;()]|&|\\b(?:${AND_WORDS}|${WITH_WORDS})\\b|\\bl['’])\\s*`,
  'u',
);

/** A known agency closing a byline's part after a space ("Jane Doe Associated Press"), as group 1. */
const ENDS_WITH_AGENCY = new RegExp(`(?<=\\S)\\s+(${AGENCY_TOKEN})\\s*$`, 'u');

/**
 * The known agencies a byline's text after its label names as parts of their own, or closing a part after a
 * space as a wire byline writes it without a comma ("By JANE DOE Associated Press"), in order.
 */
export function bylineAgencies(text: string): string[] {
  const names: string[] = [];
  for (const part of text.split(BYLINE_PARTS)) {
    const name = agencyName(part) ?? agencyName(ENDS_WITH_AGENCY.exec(part)?.[1] ?? '');
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Bylines are short. */
export const MAX_BYLINE = 160;
/** Byline words of every language (an agency is no common word, so all count on every page). */
const BYLINE = labelPatterns(null);

/**
 * Credited agencies and outlets, in order of first credit, deduplicated; `fromCredits` are the agencies the
 * page's credit lines name ("Reporting by Reuters"). The plain reference of sources-fast.ts's
 * `extractSourcesFast`, which the metadata stage runs.
 */
export function extractSources(cleaned: CleanResult, fromCredits: readonly string[] = []): string[] {
  const found: string[] = [];
  const add = (name: string | null) => {
    if (name && !found.includes(name)) found.push(name);
  };
  for (const text of candidateTexts(cleaned)) {
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (trimmed.length === 0) continue;
      const dateline = datelineAgency(trimmed);
      if (dateline) add(agencyName(dateline));
      if (trimmed.length > MAX_CREDIT_CHARS) {
        const tail = signoffAgency(trimmed.slice(-40));
        if (tail) add(agencyName(tail));
        continue;
      }
      const credit = trimmed.match(CREDIT_LINE);
      if (credit) for (const name of splitCredits(credit[1] ?? '')) add(name);
      for (const name of agenciesOfCreditLine(trimmed)) add(name);
      const weak = trimmed.match(WEAK_CREDIT);
      if (weak)
        for (const part of (weak[1] ?? '').split(/\s*(?:,|;|\band\b|&|\/)\s*/i)) add(agencyName(part));
      const signoff = signoffAgency(trimmed);
      if (signoff) add(agencyName(signoff));
      const copyright = trimmed.match(COPYRIGHT_CREDIT);
      if (copyright) add(agencyName(copyright[1] ?? ''));
      // "By Lena Fischer, Reuters", "Von Max Muster, dpa", "Par Claire Monnier (avec AFP)": agencies on the byline.
      const byline = trimmed.length <= MAX_BYLINE ? trimmed.match(BYLINE.byline) : null;
      if (byline) for (const name of bylineAgencies(byline[1] ?? byline[2] ?? '')) add(name);
    }
  }
  for (const agency of fromCredits) add(agency);
  return found;
}

/** Every block plus removed items (the cleaner moves credit lines out of the body), each text once. */
function candidateTexts(cleaned: CleanResult): readonly string[] {
  // In order of first appearance, as a Set would give them (string-index-fast.ts: a Set of a million texts
  // costs about a microsecond per text).
  const texts = new StringIndexFast(cleaned.blocks.length + cleaned.removed.length);
  for (const block of cleaned.blocks) texts.add(block.text);
  for (const item of cleaned.removed) texts.add(item.text);
  return texts.strings;
}

/**
 * "Reuters, the Associated Press and AFP." → the agencies. Parts that are not known agencies are
 * kept only when they look like a proper name (capitalised), never "agencies" or "staff".
 */
export function splitCredits(list: string): string[] {
  const names: string[] = [];
  const parts = list
    .replace(/[.)]+\s*$/, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) {
    const known = agencyName(part);
    if (known) {
      names.push(known);
      continue;
    }
    const bare = part.replace(/^the\s+/i, '');
    // An outlet ("The Hindu"), not a person ("Lena Fischer": a contributor, see credits.ts).
    if (
      /^(?:\p{Lu}[\p{L}&.'-]*)(?:\s+\p{Lu}[\p{L}&.'-]*){0,3}$/u.test(bare) &&
      !/^(?:Agencies|Staff|Wires?|Newsroom)$/i.test(bare) &&
      !looksLikeGivenNameFirst(bare)
    ) {
      names.push(bare);
    }
  }
  return names;
}
