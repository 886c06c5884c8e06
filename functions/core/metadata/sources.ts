import type { CleanResult } from '../types.ts';
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
const MAX_CREDIT_CHARS = 300;
const AGENCY_TOKEN =
  '(?:the\\s+)?(?:Associated\\s+Press|Thomson\\s+Reuters|Reuters|AFP|Agence\\s+France[-\\s]Presse|Bloomberg(?:\\s+News)?|PTI|ANI|IANS|UPI|Xinhua|dpa|DPA|EFE|ANSA|Kyodo|Yonhap|TASS|Canadian\\s+Press|AAP|PA\\s+Media|Press\\s+Association|Anadolu|AP|CNN|BBC)';
/**
 * "This report contains information from …", "With inputs from …": outlets credited for the copy. (Credits to
 * people, "Reporting by …", are contributors: credits.ts.)
 */
const CREDIT_LINE =
  /^(?:\(?\s*)?(?:this\s+(?:report|article|story)\s+(?:contains|includes|uses)\s+(?:information|material|reporting)\s+from|with\s+(?:inputs?|files)\s+from|information\s+from)\s*([^\n]{2,240})$/i;
/** "Source: Reuters", "Courtesy: AP": weak phrases ("Source: Statista" under a chart), so agencies only. */
const WEAK_CREDIT = /^(?:sources?|courtesy|via)\s*:\s*([^\n]{2,120})$/i;
/** "BEIJING (Reuters) -", "(AP) —" at the start of a paragraph. */
export const DATELINE_CREDIT = new RegExp(`^[^\\n(]{0,60}\\((${AGENCY_TOKEN})\\)\\s*[-—–:]`, 'u');
/** "— AP", "- Reuters" as the last words of a paragraph, or a whole short line. */
export const SIGNOFF_CREDIT = new RegExp(`(?:^|\\s)[-—–]\\s*(${AGENCY_TOKEN})\\.?$`, 'u');
/** "© 2024 The Associated Press", "(c) Reuters". */
const COPYRIGHT_CREDIT = new RegExp(`^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?(${AGENCY_TOKEN})\\b`, 'iu');

/** Bylines are short. */
const MAX_BYLINE = 160;
/** Byline words of every language (an agency is no common word, so all count on every page). */
const BYLINE = labelPatterns(null);

/**
 * Credited agencies and outlets, in order of first credit, deduplicated; `fromCredits` are the agencies the
 * page's credit lines name ("Reporting by Reuters"). Every block and removed item is read (the cleaner moves
 * credit lines out of the body).
 */
export function extractSources(cleaned: CleanResult, fromCredits: readonly string[] = []): string[] {
  const found: string[] = [];
  const add = (name: string | null) => {
    if (name && !found.includes(name)) found.push(name);
  };
  const read = (line: string) => {
    const trimmed = line.trim();
    if (trimmed.length === 0) return;
    if (mayHoldDateline(trimmed)) {
      const dateline = trimmed.slice(0, 120).match(DATELINE_CREDIT);
      if (dateline) add(agencyName(dateline[1] ?? ''));
    }
    if (trimmed.length > MAX_CREDIT_CHARS) {
      const tail = trimmed.slice(-40).match(SIGNOFF_CREDIT);
      if (tail) add(agencyName(tail[1] ?? ''));
      return;
    }
    const credit = trimmed.match(CREDIT_LINE);
    if (credit) for (const name of splitCredits(credit[1] ?? '')) add(name);
    const weak = trimmed.match(WEAK_CREDIT);
    if (weak) for (const part of (weak[1] ?? '').split(/\s*(?:,|;|\band\b|&|\/)\s*/i)) add(agencyName(part));
    const signoff = mayHoldSignoff(trimmed) ? trimmed.match(SIGNOFF_CREDIT) : null;
    if (signoff) add(agencyName(signoff[1] ?? ''));
    const copyright = trimmed.match(COPYRIGHT_CREDIT);
    if (copyright) add(agencyName(copyright[1] ?? ''));
    // "By Lena Fischer, Reuters", "Von Max Muster, dpa": an agency on the byline.
    const byline = trimmed.length <= MAX_BYLINE ? trimmed.match(BYLINE.byline) : null;
    if (byline)
      for (const part of (byline[1] ?? byline[2] ?? '').split(/\s*(?:[,|/•·–—;]|\band\b|&)\s*/u))
        add(agencyName(part));
  };
  // Each text as often as it appears (a removed line is often its block's text too): reading a text again adds
  // no name, and numbering every text of the page to read each once cost more than reading some twice.
  const readText = (text: string) => {
    for (let from = 0; from <= text.length; ) {
      // The lines of `text.split('\n')`, without the array: a one-line text is read as itself.
      let end = text.indexOf('\n', from);
      if (end < 0) end = text.length;
      read(from === 0 && end === text.length ? text : text.slice(from, end));
      from = end + 1;
    }
  };
  for (const block of cleaned.blocks) readText(block.text);
  for (const item of cleaned.removed) readText(item.text);
  for (const agency of fromCredits) add(agency);
  return found;
}

/**
 * A necessary condition of DATELINE_CREDIT on the line's first 120 characters: an opening bracket among its
 * first 61 (the pattern allows 60 other characters before it). Most lines have none there: no regex for them.
 */
export function mayHoldDateline(line: string): boolean {
  return line.lastIndexOf('(', 60) >= 0;
}

const SIGNOFF_DASH = /[-—–]/;

/** A necessary condition of SIGNOFF_CREDIT: one of its dashes in the line (most lines have none). */
export function mayHoldSignoff(line: string): boolean {
  return SIGNOFF_DASH.test(line);
}

/**
 * "Reuters, the Associated Press and AFP." → the agencies. Parts that are not known agencies are
 * kept only when they look like a proper name (capitalised), never "agencies" or "staff".
 */
function splitCredits(list: string): string[] {
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
