import { FOOTNOTE_MARK } from '../cleaning/detectors.ts';
import type { Block, CleanResult } from '../types.ts';
import { fullMonthNames, LANGUAGES, vocabularyOf } from '../vocabulary/index.ts';
import { isJsSpace } from '../whitespace.ts';
import { type DateContext, datesIn, isDateLine } from './dates.ts';
import { type LabelPatterns, labelPatterns } from './labels.ts';
import {
  asciiLettersOnly,
  asPersonName,
  isDoubleGivenName,
  isGivenName,
  isKnownNonName,
  isOnlyGivenName,
  isRoleLine,
  isRoleWord,
  isShoutedStranger,
  knownOnlyAs,
  lexiconTags,
  looksLikeGivenNameFirst,
  splitNames,
  tidyName,
} from './names.ts';
import { dropTrailingAgency } from './sources.ts';
import type { Zones } from './zones.ts';

/** Bylines are short; a longer line is prose that merely contains "by". */
const MAX_BYLINE = 160;
/** A label under the name in an author box: "Nawaz Dhandala" / "Author". */
const ROLE_LABEL_UNDER =
  /^(?:author|writer|guest\s+author|staff\s+writer|contributor|contributing\s+writer)$/i;
/** A bare "By" (any language's one-word byline word alone): over a menu line it is no author box. */
const BARE_BY = new RegExp(
  `^(?:${LANGUAGES.flatMap((language) => language.metadata.bylineWords)
    .filter((word) => !word.includes(' '))
    .join('|')})\\s*:?$`,
  'iu',
);
/** A bio opens with the name and says what the person is or does. */
const BIO_VERB =
  /^(?:,|\s+(?:is|was|has|holds|covers|writes|brings|joined|founded|leads|serves|works|loves|specializes|specialises|focuses|lives|graduated|earned|began|started|helps|reports|edits)\b|['’]s\b)/u;
const MIN_BIO_WORDS = 12;
/**
 * A bio is about a person: a personal pronoun or a writer's trade. "Notion is a note-taking app"
 * under a "Notion" heading is a product review, not a bio.
 */
const PERSONAL =
  /\b(?:he|she|him|his|her|hers|I|I['’]m|my|me|writer|journalist|editor|author|reporter|blogger|columnist|contributor|freelancer?|correspondent|photographer|podcaster|founder|co-founder)\b/iu;
export const MAX_AUTHORS = 8;
/** How far (in blocks) from the headline or the body start a byline still belongs to the header. */
const HEADER_REACH = 6;

export interface Candidate {
  names: string[];
  block: number;
  /** 3: explicit byline; 2: a name line with corroboration (date, role, bio); 1: name under the title. */
  strength: number;
  bio: string | null;
  /** Which rule found it (diagnostics). */
  why: string;
}

/**
 * The candidates the hand-written rules find, in block order (signatures, glued post lines and the copyright
 * holder last): each a byline's names with the rule that found them. authors.ts weighs them with the names
 * its generic reader finds.
 */
export function ruleCandidates(
  cleaned: CleanResult,
  anchor: number | null,
  when: DateContext,
  zones: Zones,
  readers: BlockReaders = PLAIN_READERS,
): Candidate[] {
  const blocks = cleaned.blocks;
  const firstBody = cleaned.body[0]?.index ?? null;
  const gapOf = (index: number) => headerGap(index, anchor, firstBody);
  const candidates: Candidate[] = [];
  const labels = labelPatterns(when.language);
  const bylineKinds = new Set(
    cleaned.removed.filter((item) => item.kind === 'byline').map((item) => item.block),
  );
  // The headline's index as a number always (-1: none), so the comparison below sees one type.
  const headline = anchor ?? -1;
  const foreign = isForeign(when.language);
  for (const block of blocks) {
    // The headline is no byline, whatever its shape ("Effiziente Hybridbatterie").
    if (zones.excluded.has(block.index) || block.index === headline) continue;
    const labelled = readers.labelledNames(block, blocks, labels, foreign);
    if (labelled.length > 0) {
      const names = acrossJoiners(labelled, block.index, blocks, labels);
      pushFound(candidates, { names, block: block.index, strength: 3, bio: null, why: 'label' });
      continue;
    }
    const explicit = readers.explicitByline(block, blocks, labels);
    if (explicit.length > 0) {
      // "Shop by Industry" is a menu: a byline needs a known given name, a date beside it, or the
      // headline right above it.
      const dated = [-1, 0, 1, 2].some((offset) => hasDate(blocks[block.index + offset]?.text ?? '', when));
      const nearTitle = gapOf(block.index) <= HEADER_REACH;
      const handle = explicit.length === 1 && userHandle(explicit[0] ?? '') !== null;
      const known = explicit.some((name) => looksLikeGivenNameFirst(name) || givenNameThenWord(name));
      // "Author: Jane Roe", "About the Author - Florina Ionescu": an author label is evidence wherever it stands.
      const authorLabelled =
        !handle && block.text.split('\n').some((line) => labels.authorLabel.test(line.trim()));
      const strength = known || dated ? 3 : (nearTitle && !handle) || authorLabelled ? 2 : 0;
      if (strength > 0) {
        const names = acrossJoiners(explicit, block.index, blocks, labels);
        pushFound(candidates, { names, block: block.index, strength, bio: null, why: 'byline' });
      }
      continue;
    }
    const inHeader = gapOf(block.index) <= HEADER_REACH;
    if (inHeader) {
      const dated =
        nameBesideDate(block.text, when) ??
        headerNameLine(
          block,
          blocks,
          when,
          gapOf(block.index) <= 4,
          anchor !== null && Math.abs(block.index - anchor) === 1,
        ) ??
        oneNameUnderHeadline(block, blocks, anchor, when);
      if (dated) {
        pushFound(candidates, { names: [dated], block: block.index, strength: 2, bio: null, why: 'header' });
        continue;
      }
      const outlet = gapOf(block.index) <= 4 ? namesOverOutlet(block.text, labels) : [];
      if (outlet.length === 0) outlet.push(...namesBeforeDate(block.text, when));
      if (outlet.length > 0) {
        pushFound(candidates, { names: outlet, block: block.index, strength: 2, bio: null, why: 'outlet' });
        continue;
      }
    }
    const bare =
      readers.bareNameLine(block.text) ??
      readers.singleNameOverBio(block, blocks) ??
      (anchor !== null && block.index === anchor + 1 ? teamName(block.text) : null);
    if (!bare) continue;
    const next = blocks[block.index + 1]?.text ?? '';
    const previous = blocks[block.index - 1]?.text ?? '';
    // A name under a quotation is its speaker: a testimonial ("\"Best dental visit I've ever had.\"" / "Sarah
    // Mitchell"), a pull quote.
    if (isQuotation(previous)) continue;
    const bio = findBio(bare, blocks, block.index);
    let strength = 0;
    if (bio) strength = 2;
    // "Last Updated: Dec 17, 2025 • 5 min read" / "Fact Checked by: …": the date opens the next block.
    else if (isDateLine(next.split('\n')[0] ?? '', when) || isDateLine(previous, when)) strength = 2;
    else if (isRoleLine(next) && !bareNameLine(next)) strength = 2;
    else if (bylineKinds.has(block.index)) strength = 2;
    else if (anchor !== null && anchor > 0 && block.index > anchor && block.index <= anchor + 2) strength = 1;
    if (strength > 0) {
      const names = acrossJoiners([bare], block.index, blocks, labels);
      pushFound(candidates, { names, block: block.index, strength, bio, why: bio ? 'bio' : 'bare' });
    }
  }
  candidates.push(...signatures(cleaned));
  pushFound(candidates, readers.gluedPostMeta(cleaned));
  pushFound(candidates, copyrightHolder(cleaned, zones));
  return candidates;
}

/**
 * The readers ruleCandidates asks of every block (and the glued post lines of the whole page). These are the
 * plain ones; author-rules-fast.ts has cheaper ones with the same output (a fast-check test holds them equal).
 */
export interface BlockReaders {
  labelledNames: typeof labelledNames;
  explicitByline: typeof explicitByline;
  bareNameLine: typeof bareNameLine;
  singleNameOverBio: typeof singleNameOverBio;
  gluedPostMeta: typeof gluedPostMeta;
}

/**
 * A byline the layout split into blocks, one per name with the separators between them ("By" / "Thomas Broderick"
 * / "," / "Nalea Ko" / ", and" / "ACO Rankings Team"): the names of the blocks after the one holding the last name
 * (`from` or one of the two blocks after it), each behind a block that only joins them, or behind its own block's
 * last line when the layout grouped the short lines ("Thomas Broderick\n," / "Nalea Ko\n, and" / "ACO Rankings
 * Team"). Only such a joiner links two blocks: two name blocks side by side are as often a list of teasers.
 */
export function acrossJoiners(
  names: string[],
  from: number,
  blocks: Block[],
  labels: LabelPatterns,
): string[] {
  const last = names.at(-1);
  if (!last || names.length >= MAX_AUTHORS) return names;
  let at = -1;
  for (let k = from; k <= from + 2 && at < 0; k++) if (blocks[k]?.text.includes(last)) at = k;
  if (at < 0) return names;
  const all = [...names];
  let next = afterJoiner(blocks, at, labels);
  while (all.length < MAX_AUTHORS && next >= 0) {
    const lines = blocks[next]?.text.split('\n') ?? [];
    const line = lines[0] ?? '';
    // The name alone, or with the next joiner under it.
    if (line.length === 0 || line.length > MAX_BYLINE) break;
    if (lines.length > 2 || (lines.length === 2 && !isJoiner(lines[1]!, labels))) break;
    const more = namesFromByline(line, labels);
    if (more.length === 0) break;
    for (const name of more) if (!all.includes(name)) all.push(name);
    next = afterJoiner(blocks, next, labels);
  }
  return all.slice(0, MAX_AUTHORS);
}

/** The block after a joiner that follows block `at` (a block of its own, or `at`'s last line); -1 when none. */
function afterJoiner(blocks: Block[], at: number, labels: LabelPatterns): number {
  const lines = blocks[at]?.text.split('\n') ?? [];
  if (lines.length > 1 && isJoiner(lines.at(-1)!, labels)) return at + 1;
  return isJoiner(blocks[at + 1]?.text ?? '', labels) ? at + 2 : -1;
}

/** ",", ";", "&", "and", ", and", "und", "et": a block that only joins two names (the page's conjunctions). */
function isJoiner(text: string, labels: LabelPatterns): boolean {
  const joiner = text.trim();
  if (joiner.length === 0 || joiner.length > 6) return false;
  if (/^[,;&+]$/u.test(joiner)) return true;
  return labels.conjunctions.test(` ${joiner.replace(/^[,;]\s*/u, '').toLowerCase()} `);
}

/** Adds a rule's candidate when it found one (one push site for every rule: its call is never a first). */
function pushFound(candidates: Candidate[], found: Candidate | null): void {
  if (found) candidates.push(found);
}

/**
 * Names of an author box: after a label other than a bare "By" ("Written by", "About the author",
 * "Author(s)", one name block or several in a row), or over an "Author" label. Such a label is
 * evidence enough wherever it stands (a bare "By" over a menu line is not).
 */
export function labelledNames(
  block: Block,
  blocks: Block[],
  labels: LabelPatterns,
  foreign: boolean,
): string[] {
  const text = block.text.trim();
  if (labels.labelOnly.test(text) && !BARE_BY.test(text)) {
    const names: string[] = [];
    // Several name blocks only under a plural label ("Authors", "Author(s)"); "Written by:" is one.
    const reach = /authors\b|\(s\)/i.test(text) ? MAX_AUTHORS + 1 : 2;
    const colon = /[:：]$/u.test(text);
    for (let offset = 1; offset <= reach && names.length < MAX_AUTHORS; offset++) {
      const next = blocks[block.index + offset];
      if (!next || next.text.length > MAX_BYLINE) break;
      // "Jennifer Huberty1 ; Jeni Green1": affiliation numbers glued to the names.
      const line = (next.text.split('\n')[0] ?? '').replace(/(?<=\p{Ll})\d+(?=\s*(?:[;,]|$))/gu, '');
      // "Redaktion" / "Kontakt": a label without a colon is a menu entry as often as a label; one-word
      // names after it are menu entries too.
      const found = namesFromByline(line, labels).filter((name) => colon || !foreign || name.includes(' '));
      if (found.length === 0) {
        // The name follows, sometimes after one stray block (an avatar's "×", a lone initial).
        if (names.length === 0 && offset === 1 && next.text.trim().length <= 3) continue;
        break;
      }
      for (const name of found) if (!names.includes(name)) names.push(name);
      if (reach === 2) break;
    }
    return names;
  }
  const under = blocks[block.index + 1]?.text.trim() ?? '';
  if (ROLE_LABEL_UNDER.test(under) && !block.text.includes('\n') && block.text.length <= 50) {
    const name = asPersonName(block.text, 2);
    if (name && name.split(' ').length <= 4 && !name.split(' ').every(isKnownNonName)) return [name];
  }
  return [];
}

/**
 * A byline's text after its label without "our" and the writer's role before the name: "unserem Redakteur Peter
 * Meyer" → "Peter Meyer", "notre envoyé spécial Jean Dupont" → "Jean Dupont". The name starts at the first known given
 * name within the next MAX_ROLE_WORDS words, or after a role word; the text is unchanged when neither is found.
 */
function withoutOurRole(text: string, labels: LabelPatterns): string {
  const our = labels.ours.exec(text);
  if (!our) return text;
  const words = text.slice(our[0].length).trim().split(/\s+/u);
  for (let k = 1; k <= MAX_ROLE_WORDS && k < words.length; k++) {
    const word = words[k]!;
    if (isGivenName(word) || isDoubleGivenName(word)) return words.slice(k).join(' ');
  }
  return isRoleWord(words[0] ?? '') && words.length >= 3 ? words.slice(1).join(' ') : text;
}
/** How many words of a role a byline may write between "our" and the name ("unserer freien Mitarbeiterin"). */
const MAX_ROLE_WORDS = 4;

/** Names from "By …" / "Author: …" on this block, or on the block after a lone "By" label. */
export function explicitByline(block: Block, blocks: Block[], labels: LabelPatterns): string[] {
  const lines = block.text.split('\n');
  for (const line of lines) {
    const names = bylineOfLine(line, labels);
    if (names.length > 0) return names;
  }
  // A scraper that writes each text node on its own line splits a post's meta line into its pieces ("2015-04-05"
  // / "by" / "marc", "12. Juni 2017" / "von" / "gizzmo"): the block's short lines read as the one line they were.
  if (lines.length > 1) {
    const joined = joinedLines(lines);
    if (joined.length <= MAX_BYLINE) {
      const names = bylineOfLine(joined, labels);
      if (names.length > 0) return names;
    }
  }
  // A label alone (after the separator of the piece before it: "Accueil" / "| Par" / "Loïc Le Clerc"), or closing
  // the block ("9. Februar 2019" / "von", "12/04/2020" / "by": a layout that groups short lines into blocks can
  // split a byline's label from its name).
  const whole = block.text.trim().replace(LEADING_SEPARATOR, '');
  if (labels.labelOnly.test(whole) || (lines.length > 1 && labels.labelOnly.test(lines.at(-1)!.trim()))) {
    // The name follows, sometimes after one stray block (an avatar's "×", a lone initial).
    for (const offset of [1, 2]) {
      const next = blocks[block.index + offset];
      if (!next || next.text.length > MAX_BYLINE) break;
      const names = namesFromByline(next.text.split('\n')[0] ?? '', labels);
      if (names.length > 0) return names;
      if (next.text.trim().length > 3) break;
    }
  }
  return [];
}

/** A separator left over from the line before a byline ("| By Lisa Duffy"), cut before it is read. */
export const LEADING_SEPARATOR = /^[|•·—–]\s*/u;

/** The names of a byline on one line ("By …", "Author: …", "… | by …"), none when it is no byline. */
function bylineOfLine(line: string, labels: LabelPatterns): string[] {
  const text = line.trim().replace(LEADING_SEPARATOR, '');
  if (text.length === 0 || text.length > MAX_BYLINE || labels.notWriter.test(text)) return [];
  const match =
    text.match(labels.authorLabel) ??
    text.match(labels.byline) ??
    (labels.hasTrailingByline(text) ? text.match(labels.trailingByline) : null);
  return match ? namesFromByline(match[1] ?? match[2] ?? '', labels, true) : [];
}

/** A block's lines as one line: each trimmed, the empty ones left out, joined by a space. */
export function joinedLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ');
}

/**
 * A line authors.ts's generic reader reads wherever it stands: it opens with a byline word or an author label, or
 * holds a byline after a date.
 */
export function startsWithLabel(text: string, labels: LabelPatterns): boolean {
  return labels.byline.test(text) || labels.authorLabel.test(text) || labels.hasTrailingByline(text);
}

/**
 * The names authors.ts's generic reader takes from one segment of a line: after a label ("By", "Author:") the
 * byline's names; without one, only names of two words at least that are no user name (one word, "Tweet", "Gabo",
 * or a user name, "mins", is too often a menu entry), nor a line in capitals unless the block above is a byline
 * label ("By" / "ALLY MUTNICK": isShoutedStranger).
 */
export function segmentNames(segment: string, labels: LabelPatterns, labelledAbove = false): string[] {
  const match = GLUED_AFTER_COLON.test(segment)
    ? null
    : (segment.match(labels.authorLabel) ?? segment.match(labels.byline));
  const names = namesFromByline(match ? (match[1] ?? match[2] ?? '') : segment, labels, match !== null);
  return match !== null
    ? names
    : names.filter(
        (name) => name.includes(' ') && !userHandle(name) && (labelledAbove || !isShoutedStranger(name)),
      );
}

/**
 * A label word with a lower-case letter right after its colon is one word, not a label and a name: German's
 * gender colon ("Autor:innen", "Redakteur:innen"). (No `i` flag: \p{Ll} must not match capitals.)
 */
const GLUED_AFTER_COLON = /^\p{L}+[:：]\p{Ll}/u;

/** A capitalised word and a colon that close the line. */
const CLOSING_COLON = /^\s+\p{Lu}\p{Ll}+\s*:\s*$/u;

/** "Jane Roe and John Doe | May 3, 2024" → ["Jane Roe", "John Doe"]; job titles after a comma dropped. */
export function namesFromByline(rawText: string, labels: LabelPatterns, afterLabel = false): string[] {
  const raw = afterLabel ? withoutOurRole(rawText, labels) : rawText;
  const handle = userHandle(raw) ?? (afterLabel ? labelledHandle(raw) : null);
  if (handle) return [handle];
  // "Jane Roe May 7, 2025": the month before the day is the date's, not the name's.
  // (The text before nameEnd's first match: split's first piece, without splitting the rest.)
  let end = raw.search(labels.nameEnd);
  // A capitalised word with a colon ends a name as a label does ("Jane Roe Foto: …", "Kossivi Tiassou Edition:"), but
  // after a byline label not the surname right after a lone given name at the line's end: "By Mark Newton:" is Mark
  // Newton. (Without the label, "Tareq Salem:" is an interview's speaker, no byline.)
  if (afterLabel && end > 0 && CLOSING_COLON.test(raw.slice(end)) && !/\s/u.test(raw.slice(0, end).trim()))
    end = raw.lastIndexOf(':');
  let cut = (end < 0 ? raw : raw.slice(0, end)).replace(labels.trailingMonth, '');
  // "von gizzmo am 12. Juni 2017": a user name before the date.
  const cutHandle =
    userHandle(cut) ?? (afterLabel ? (labelledHandle(cut) ?? handleBeforeEnd(raw, labels)) : null);
  if (cutHandle) return [cutHandle];
  // "Sara Harberson In" (a glued "In Category" label); a two-word "Audiophile On" stays whole.
  if (cut.trim().split(/\s+/).length >= 3) cut = cut.replace(/\s+(?:In|On)\s*$/u, '');
  // "Evan HalperStaff Writer": the scraper glued the job title to the name; a role word opening a capital in
  // the middle of a word ends the name there.
  if (GLUED_CAPITAL.test(cut)) cut = unglueRole(cut);
  // "By JANE DOE and JOHN ROE Associated Press": the agency after the last name is no part of it (sources.ts reads it).
  cut = dropTrailingAgency(cut);
  const names: string[] = [];
  const parts = splitNames(dedupeRepeat(cut), labels.conjunctions);
  for (const [i, part] of parts.entries()) {
    // "Jane Roe, MS, RDN": credentials after the name end it; one credential alone after one name
    // is part of how the writer signs ("Paul Deer, CFP®").
    if (names.length > 0 && (CREDENTIAL.test(part) || /^[\p{Lu}.-]{2,6}$/u.test(part))) {
      if (
        CREDENTIAL.test(part) &&
        names.length === 1 &&
        i === 1 &&
        parts.length === 2 &&
        /,\s*\S+\s*$/u.test(cut)
      )
        names[0] = `${names[0]}, ${part.replace(/\*+$/u, '')}`;
      break;
    }
    // "by Bob Yirka, Phys.org": the outlet's domain after the names is no writer.
    if (names.length > 0 && DOMAIN.test(part)) break;
    const shaped = asPersonName(dropTrailingCapitals(part), 1, true, afterLabel);
    // "By Use Case": every word a known common word is a menu line, not a name.
    const name =
      (shaped &&
      !shaped.split(' ').every((word) => (isKnownNonName(word) && !isBrandWord(word)) || isCommonNoun(word))
        ? shaped
        : null) ??
      teamName(part) ??
      (afterLabel && names.length === 0 && parts.length === 1 ? roleTeam(part) : null);
    if (!name) {
      // "Jane Roe, Senior Editor": what follows the names is a role; stop there.
      if (isRoleLine(part)) break;
      // "Von Sprachregeln, Gender-Politik und …": one word, then no name nor role is a phrase, not a byline.
      if (names.length === 1 && !names[0]!.includes(' ')) return [];
      if (names.length > 0) break;
      return [];
    }
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * A post-nominal credential: a known degree or licence ("MD", "PhD", "RDN", "CFA"), or any short
 * capitalised mark with a registered sign ("CFP®", "CEPF®"). An outlet ("CNN", "NPR") is none.
 */
const CREDENTIAL =
  /^(?:(?:MD|DO|PhD|Ph\.D\.?|PsyD|EdD|DrPH|JD|MBA|MPH|MS|MSc|MA|BA|BS|BSc|MSN|BSN|RN|NP|FNP|APRN|PA-C|RD|RDN|LD|LDN|CDN|CDCES|DVM|VMD|DDS|DMD|PharmD|CPA|CFA|CFP|ChFC|CPT|CSCS|LCSW|LMFT|LPC|CHES|CPP|PSP|FACS|FACP)\*?|\p{Lu}[\p{Lu}.]{1,5}®\*?)$/u;

/** "CPP, PSP", ", MD": the text is post-nominal credentials only (one at least). */
export function credentialsOnly(text: string): boolean {
  const words = text.split(/[\s,]+/u).filter(Boolean);
  return words.length > 0 && words.every((word) => CREDENTIAL.test(word));
}

/** The last word of a team's credit ("Editorial Team", "Sports Desk"; roleTeam's "Staff Writers" too). */
const TEAM_WORDS = 'Team|Staff|Editors|Desk';
const ROLE_TEAM_END = new RegExp(`^(?:${TEAM_WORDS}|Writers?)$`, 'u');
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "By Marketing Team", "By Staff Writer": after a byline label, a team or a role alone signs the piece (teamName
 * refuses them without the label: "Editorial Team" alone is a heading).
 */
function roleTeam(part: string): string | null {
  const name = tidyName(part);
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((word) => CAPITALISED_WORD.test(word)))
    return null;
  return words.every(isRoleWord) && ROLE_TEAM_END.test(words.at(-1) ?? '') ? name : null;
}

/** A domain name ("Phys.org", "news-site.co.uk"): an outlet, not a person. */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/u;

/** A user name in lower case ("jsteinhardt", "inikosoftseo"): one token no lexicon knows. */
const HANDLE = /^[a-z][a-z0-9_.-]{3,29}$/u;
/** A site's own accounts, which sign for no writer ("wordpressadmin", "Admin2", "webmaster"). */
const SITE_ACCOUNT = /admin|webmaster/iu;
/** A handle that opens as a placeholder account does ("guest123", "user_42", "editor1"). */
const PLACEHOLDER_ACCOUNT = /^(?:guest|user|anonymous|unknown|default|editor|staff|team)/u;

export function userHandle(raw: string): string | null {
  const text = raw.trim();
  if (!HANDLE.test(text) || /[._-]$/u.test(text)) return null;
  return lexiconTags(text).length > 0 ||
    isRoleWord(text) ||
    isCommonNoun(text) ||
    PLACEHOLDER_ACCOUNT.test(text) ||
    SITE_ACCOUNT.test(text)
    ? null
    : text;
}

/** One token with a digit or an underscore among its letters ("Bo2man", "ThE_PaiN"): a user name, no word. */
const CODED_HANDLE = /^(?=[^\s]*\p{Ll})(?=[^\s]*[\d_])\p{L}[\p{L}\d_.-]{2,29}$/u;

/**
 * A user name that only a byline label makes one: right after "by", "von", "Author:" a blog signs with its
 * account, written in lower case even where it is a given name ("Posted on 2015-04-05 by marc") or with digits
 * ("Author: Bo2man am 29.12.2010"). Without the label such a token is a menu word or a code.
 */
function labelledHandle(raw: string): string | null {
  const text = raw.trim();
  if (/[._-]$/u.test(text) || isRoleWord(text) || SITE_ACCOUNT.test(text)) return null;
  if (CODED_HANDLE.test(text)) return text;
  return HANDLE.test(text) && isOnlyGivenName(text) ? text : null;
}

/**
 * The labelled handle that opens `raw` when what follows it ends a name ("Bo2man am 29.12.2010": nameEnd stops
 * at the digit inside the handle, so the cut before it is no token).
 */
function handleBeforeEnd(raw: string, labels: LabelPatterns): string | null {
  const token = /^\s*(\S+)/u.exec(raw);
  if (!token) return null;
  const rest = raw.slice(token[0].length);
  return rest.trim() === '' || rest.search(labels.nameEnd) === 0 ? labelledHandle(token[1] ?? '') : null;
}

/** A capital right after a lower-case letter inside a word ("HalperStaff"). */
const GLUED_CAPITAL = /\p{Ll}\p{Lu}/u;

/** "Evan HalperStaff Writer" → "Evan Halper, Staff Writer": a role word glued after the name is cut off. */
function unglueRole(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu}\p{Ll}+)/gu, (whole, last: string, word: string) =>
    isRoleWord(word) ? `${last}, ${word}` : whole,
  );
}

/** "Colin Gray Colin Gray" (name text and link text glued) → "Colin Gray". */
function dedupeRepeat(text: string): string {
  const words = text.trim().split(/\s+/);
  const half = words.length / 2;
  if (
    words.length >= 2 &&
    Number.isInteger(half) &&
    words.slice(0, half).join(' ') === words.slice(half).join(' ')
  ) {
    return words.slice(0, half).join(' ');
  }
  return text;
}

/** "Brian Truitt USA TODAY" → "Brian Truitt": an upper-case outlet glued after the name. */
export function dropTrailingCapitals(text: string): string {
  // The tidied text's words are what lies between its spaces; the text is returned as is when no word goes (the
  // name readers then look up a string they met before).
  const tidy = tidyName(text);
  if (tidy === tidy.toUpperCase()) return tidy;
  let end = tidy.length;
  while (end > 0) {
    const space = tidy.lastIndexOf(' ', end - 1);
    if (space < 0) break;
    const last = tidy.slice(space + 1, end);
    if (last.length > 1 && last === last.toUpperCase() && /\p{Lu}{2}/u.test(last)) end = space;
    else break;
  }
  return end === tidy.length ? tidy : tidy.slice(0, end);
}

/** Blocks from the article header: the headline above, or the first kept body block below. */
function headerGap(index: number, anchor: number | null, firstBody: number | null): number {
  let gap = Number.POSITIVE_INFINITY;
  if (anchor !== null) gap = Math.abs(index - anchor);
  if (firstBody !== null)
    gap = Math.min(gap, index <= firstBody ? firstBody - index : (index - firstBody) * 2);
  return gap;
}

/**
 * "Podium Staff", "Great Day Editorial Team", "Our Editors", "News Desk", "The Editorial Board": a newsroom
 * credited as author.
 */
const TEAM = new RegExp(
  `^(?:(?:Our|The)\\s+)?(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,3}(?:Editorial\\s+Board|(?:Editorial\\s+)?(?:${TEAM_WORDS}|Newsdesk))$|^News\\s?[Dd]esk$`,
  'u',
);

/** Every vocabulary language's newsroom words ("Redaktion", "Rédaction", "Redacción"), lower case. */
const NEWSROOM = new Set(LANGUAGES.flatMap((language) => language.metadata.newsroomWords));

export function teamName(text: string): string | null {
  const name = tidyName(text);
  if (name.length > 50 || /^by\b/i.test(name)) return null;
  if (!TEAM.test(name)) return newsroomName(name);
  const words = name.split(' ');
  // "Senior Staff", "Editorial Team": a role alone, no one's name.
  return words.length >= 2 &&
    !words.slice(0, -1).every((word) => isRoleLine(word) || /^(?:Our|The|Editorial)$/.test(word))
    ? name
    : /^(?:Our|The)\s+(?:Editors|Editorial\s+Board)$|^News\s?[Dd]esk$|^Newsdesk$/u.test(name)
      ? name
      : null;
}

/**
 * "Redaktion", "La Rédaction", "auto-motor.at Redaktion": a newsroom word last, after at most two capitalised
 * words, an article or a domain.
 */
function newsroomName(name: string): string | null {
  // The last word first, before any array: most names end in no newsroom word.
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (!NEWSROOM.has(last.toLowerCase()) || !/^\p{Lu}/u.test(last)) return null;
  const words = name.split(' ');
  if (words.length > 3) return null;
  return words
    .slice(0, -1)
    .every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word) || /^[\p{Ll}\d-]+\.\p{Ll}{2,}$/u.test(word))
    ? name
    : null;
}

/**
 * A name shape for a line in the article header with a date beside it: 2–4 capitalised words,
 * none a common word the lexicon knows ("Industry Insights"), or a newsroom ("Podium Staff").
 */
export function headerName(raw: string, language: string | null = null): string | null {
  // "Nathan Lian @ Maintouch": the writer at the company.
  const text = withoutUnknownLabel(raw.replace(/\s+@\s+\S.*$/u, ''), language);
  const team = teamName(text);
  if (team) return team;
  if (/[,'’]s?\b|,/u.test(text.trim())) return null;
  // "Paramita (Guha) Ghosh": a maiden name in brackets between given name and surname.
  const maiden = text.trim().match(/^(\p{Lu}\p{Ll}+) \((\p{Lu}\p{Ll}+)\) (\p{Lu}\p{Ll}+)$/u);
  if (maiden) return headerName(`${maiden[1]} ${maiden[2]} ${maiden[3]}`) ? text.trim() : null;
  const name = asPersonName(text, 2);
  if (!name || name.split(' ').length > 4) return null;
  // Every noun is capitalised in German ("Aktuelle Meldung", "Verwandte Themen") and the lexicon knows
  // English words only: on a page in another language, an unlabelled name needs a known given name first.
  if (isForeign(language) && !looksLikeGivenNameFirst(name)) return null;
  return name.split(' ').some((word) => (isKnownNonName(word) && !isPlaceWord(word)) || isCommonNoun(word))
    ? null
    : name;
}

/**
 * On a page in a language the vocabulary has no module for, a byline's word is unknown ("Av Erik Lindqvist" in
 * Swedish and Norwegian, "Af Lars Hansen" in Danish): a word of one to three letters before a name that opens with a
 * known given name is dropped, the name read as a header name is.
 */
function withoutUnknownLabel(text: string, language: string | null): string {
  if (!language || vocabularyOf(language) !== null) return text;
  const label = /^(\p{L}{1,3})\s+(?=\p{Lu})/u.exec(text.trim());
  if (!label || isGivenName(label[1]!)) return text;
  const rest = text.trim().slice(label[0].length);
  return isGivenName(rest.split(' ')[0] ?? '') ? rest : text;
}

/** A page in a known language other than English (the lexicon's language). */
export function isForeign(language: string | null | undefined): boolean {
  return !!language && !language.toLowerCase().startsWith('en');
}

/**
 * After an explicit byline label, "Jason Baker", "Elizabeth Shields": a known given name and a
 * surname the lexicon knows only as a noun, which a menu's "By Rose Gold" would need a common
 * noun or an adjective for.
 */
function givenNameThenWord(name: string): boolean {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  return (
    words.length === 2 &&
    isGivenName(words[0] ?? '') &&
    !isCommonNoun(last) &&
    lexiconTags(last).every((tag) => /^(?:Noun|Singular|Plural)$/.test(tag))
  );
}

/**
 * A two- or three-word name with one word the lexicon knows as a noun or adjective ("Green",
 * "Finn"), the others given names or words it does not know. Only for a line between the headline
 * and a date: "Personal Finance" (a common noun) and "Healthy Living" (two known words) stay out.
 */
function surnameIsAWord(text: string): string | null {
  if (/[,'’]/u.test(text)) return null;
  const name = asPersonName(text, 2);
  if (!name) return null;
  const words = name.split(' ');
  if (words.length > 3 || words.some(isCommonNoun)) return null;
  const known = words.filter((word) => isKnownNonName(word) && !isPlaceWord(word));
  if (known.length !== 1) return null;
  const word = known[0] ?? '';
  const tags = lexiconTags(word);
  // "Madison Green": a given name, then a surname the lexicon knows as a noun or adjective.
  if (isGivenName(words[0] ?? '') && word === words.at(-1))
    return tags.every((tag) => /^(?:Noun|Singular|Adjective)$/.test(tag)) ? name : null;
  // "Finn Tropy": a given name it knows as a noun, then words it does not know at all.
  if (word === words[0] && tags.every((tag) => /^(?:Noun|Singular)$/.test(tag)))
    return words.slice(1).every((other) => lexiconTags(other).length === 0 && !/(?:ing|ly|ed)$/i.test(other))
      ? name
      : null;
  return null;
}

/** "Penn", "Milan": words the lexicon knows only as places or abbreviations are surnames too. */
function isPlaceWord(word: string): boolean {
  return knownOnlyAs(word, PLACE_TAGS);
}
const PLACE_TAGS: ReadonlySet<string> = new Set(['Place', 'City', 'Country', 'Region', 'Abbreviation']);

/**
 * "Dupont", "Ford", "Dell": words the lexicon knows only as a company are surnames as often (the company is named
 * after one), never the common words a menu line is made of.
 */
function isBrandWord(word: string): boolean {
  return knownOnlyAs(word, COMPANY_TAGS);
}
const COMPANY_TAGS: ReadonlySet<string> = new Set(['Organization']);

/**
 * Section and product words that the lexicon does not list (it infers nouns): a line made
 * of them is a heading or a menu entry ("Industry Insights", "Data Security Alliance").
 */
const COMMON_NOUNS = new Set(
  `industry insights insight news update updates trends trend tips guide guides business marketing data
  security product products software services service platform solutions solution strategy technology
  tech health fitness finance money travel food recipe recipes design home garden lifestyle education
  career careers event events community resources resource tools tool analysis report reports research
  study studies podcast podcasts webinar webinars blog blogs magazine homepage center centre alliance
  group network coffee kitchen protocol blueprint success certification course courses program programs
  programme training wellness beauty fashion style sports science culture politics world local national
  global international economy market markets investing investment family parenting kids pets auto cars
  estate property energy climate environment sustainability cloud digital mobile app apps web website
  online internet social media video videos photography art music film movies books entertainment gaming
  games center hub academy institute university college school library store shop club studio agency
  company corporation inc llc ltd press publishing journal review reviews insurance law legal tax taxes
  office management project projects sales support customer customers stories story briefing overview
  system systems cli api sdk ai ml`.split(/\s+/),
);
const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ship|ics|ogy|ism|ware)$/i;

export function isCommonNoun(word: string): boolean {
  // A word of ASCII letters (most) has nothing for the pattern to drop: no regex pass.
  const folded = word.toLowerCase();
  const lower = asciiLettersOnly(word, false) ? folded : folded.replace(/[^\p{L}]/gu, '');
  return COMMON_NOUNS.has(lower) || (lower.length > 5 && NOUN_SUFFIX.test(lower));
}

/**
 * "Sarah Hauer | Milwaukee Journal Sentinel", "Manoj Jain and Jagpreet Chhatwal | Guest Columnists",
 * "Brian Truitt USA TODAY": names and the outlet or role they write for, in the article header. One
 * name at least must open with a known given name, and the outlet part must be short and
 * capitalised (a menu line "Home | About" has no given name).
 */
function namesOverOutlet(text: string, labels: LabelPatterns): string[] {
  if (text.length > 100 || text.includes('\n')) return [];
  const bar = text.match(/^([^|]{4,60}?)\s+\|\s+([^|]{2,50})$/u);
  if (bar) {
    const outlet = (bar[2] ?? '').trim();
    const words = outlet.split(/\s+/);
    if (
      words.length > 6 ||
      /\d/.test(outlet) ||
      !words.every((word) => /^[\p{Lu}&]/u.test(word) || /^(?:of|the|and|for|at|in)$/.test(word))
    )
      return [];
    const parts = splitNames(bar[1] ?? '', labels.conjunctions);
    const names = parts.map((part) => asPersonName(part, 2));
    if (names.length > 3 || names.some((name) => !name || name.split(' ').length > 4)) return [];
    const found = names as string[];
    return found.some(looksLikeGivenNameFirst) && found.every((name) => !name.split(' ').some(isCommonNoun))
      ? found
      : [];
  }
  const dropped = dropTrailingCapitals(text);
  if (dropped === tidyName(text) || text.trim().split(/\s+/).length > 6) return [];
  const name = asPersonName(dropped, 2);
  if (!name || name.split(' ').length > 3 || !looksLikeGivenNameFirst(name)) return [];
  // "Jeffrey A. Slotnick CPP, PSP": credentials, not an outlet, stay with the name as written.
  const rest = tidyName(text)
    .slice(dropped.length)
    .split(/[\s,]+/u)
    .filter(Boolean);
  return rest.every((word) => CREDENTIAL.test(word)) ? [tidyName(text)] : [name];
}

/**
 * "Website ToolsNataly Birch and Andrian Valeanu • Updated: August 18, 2025": several names, or a
 * name with a category glued in front (three lower-case letters at least before the capital, so
 * "McDonald" stays whole), before the date.
 */
function namesBeforeDate(line: string, when: DateContext): string[] {
  if (line.length > 160 || line.includes('\n')) return [];
  const first = datesIn(line, when)[0];
  // A date glued to the word before it ("GammelFebruary 3") is read by gluedPostMeta.
  if (!first || /\p{L}$/u.test(line.slice(0, first.index))) return [];
  let before =
    line
      .slice(0, first.index)
      .replace(/(?:[\s|•·—–/,:-]|\b(?:last|published|updated|posted|on|date)\b)+$/iu, '')
      .split(/\s*[|•·—–/]\s*/u)[0] ?? '';
  const glued = before.match(/^[\p{L}\s&]*?\p{Ll}{3}(?=\p{Lu}\p{Ll})/u);
  if (glued) before = before.slice(glued[0].length);
  const parts = splitNames(before, labelPatterns(when.language).conjunctions);
  if (parts.length === 0 || parts.length > 3 || (!glued && parts.length < 2)) return [];
  const names = parts.map((part) => headerName(part, when.language));
  return names.every((name) => name !== null && !teamName(name)) ? (names as string[]) : [];
}

/** "Tom Talbot October 14, 2025", "Aaron Ricadela | Senior Writer | July 2, 2025", "May 22, 2025/Jo Roe". */
function nameBesideDate(line: string, when: DateContext): string | null {
  let text = line;
  if (text.length > 120 || text.includes('\n')) return null;
  // "May 22, 2025/Jo Roe": space the slash, or the date is masked as part of a path.
  text = text.replace(/(\d)\/(?=\p{Lu})/gu, '$1 / ');
  const dates = datesIn(text, when);
  const first = dates[0];
  if (!first) return null;
  const before = text
    .slice(0, first.index)
    .replace(/(?:[\s|•·—–/,:-]|\b(?:last|published|updated|posted|on|date)\b)+$/iu, '')
    .split(/\s*[|•·—–/]\s*/u)[0];
  // "ByKathy Owen January 21, 2025": a "By" label glued to the name ("Byron" keeps its letters).
  if (before && before.trim().length > 0)
    return headerName(before.replace(/^\s*By\s*(?=\p{Lu})/u, ''), when.language);
  const after = text
    .slice(dates.at(-1)?.end ?? text.length)
    .replace(/^[\s|•·—–/,:-]+/u, '')
    .split(/\s*[|•·—–/]\s*/u)[0];
  return after ? headerName(after, when.language) : null;
}

/** A name line in the header with a date line or a job-title line right beside it. */
function headerNameLine(
  block: Block,
  blocks: Block[],
  when: DateContext,
  closeToHeader: boolean,
  besideHeadline: boolean,
): string | null {
  if (block.text.length > 50 || block.text.includes('\n')) return null;
  const next = blocks[block.index + 1]?.text ?? '';
  const previous = blocks[block.index - 1]?.text ?? '';
  const dated = isDateLine(next, when) || isDateLine(previous, when);
  // "Finn Tropy" / "Madison Green" between the headline and the date: surnames that are words too.
  const name =
    headerName(block.text, when.language) ?? (besideHeadline && dated ? surnameIsAWord(block.text) : null);
  if (!name) return null;
  if (dated) return name;
  // Over a job title ("Content Editor"), unless the line above is another name-like line: a menu.
  if (closeToHeader && isJobTitle(next) && !headerName(previous, when.language)) return name;
  return null;
}

/**
 * One name right under the headline with the date line under it: the poster's user name ("inikosoftseo"), or
 * the writer's one name ("Gabo", "JIJI": a first name, a pen name, an agency's signature). A word the lexicon
 * knows as something else, a common noun or a role is a section or a label; on a page in another language than
 * English (the lexicon's), a word the lexicon does not know as a given name is one too.
 */
function oneNameUnderHeadline(
  block: Block,
  blocks: Block[],
  anchor: number | null,
  when: DateContext,
): string | null {
  if (anchor === null || block.index !== anchor + 1) return null;
  const below = blocks[block.index + 1]?.text ?? '';
  const handle = userHandle(block.text);
  if (handle && isDateLine(below, when)) return handle;
  const text = block.text.trim();
  if (text.length > 20 || /\s/u.test(text)) return null;
  const name = asPersonName(text, 1);
  if (!name || isKnownNonName(name) || isCommonNoun(name) || isRoleWord(name)) return null;
  // Every noun is capitalised in German ("Hauptinhalt", "Beginn"): on a page in another language, a given name only.
  if (isForeign(when.language) && !isGivenName(name)) return null;
  return isDateLine(below.split('\n')[0] ?? '', when) ? name : null;
}

/** "Senior Writer", "Content Editor", "Journalist & Sommelier": a short line ending in a role word. */
export function isJobTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 8 || /\d/.test(text)) return false;
  return (words.length <= 4 && isRoleWord(words.at(-1) ?? '')) || isRoleWord(words[0] ?? '');
}

/** A block that is one quotation: it opens and closes with quotation marks (20 characters at least). */
export function isQuotation(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 20 && OPENS_QUOTE.test(trimmed) && CLOSES_QUOTE.test(trimmed);
}
const OPENS_QUOTE = /^["“„«‘']/u;
const CLOSES_QUOTE = /["”“»’']$/u;

/** A block that is just a person's name (two words at least: one word is too often a label). */
export function bareNameLine(text: string): string | null {
  if (text.length > 50 || text.includes('\n')) return null;
  const name = asPersonName(text, 2);
  return name && looksLikeGivenNameFirst(name) ? name : null;
}

function hasDate(text: string, when: DateContext): boolean {
  return text.length <= 200 && datesIn(text, when).length > 0;
}

/** A one-word name line ("Surja") counts only when a bio of that name follows it. */
export function singleNameOverBio(block: Block, blocks: Block[]): string | null {
  if (block.text.length > 30 || block.text.includes('\n')) return null;
  const name = asPersonName(block.text, 1);
  return name && findBio(name, blocks, block.index) ? name : null;
}

/** The bio paragraph right after a name line ("Surja" / "Surja, a dedicated blog writer …"). */
export function findBio(name: string, blocks: Block[], index: number): string | null {
  for (const offset of [1, 2, 3]) {
    const block = blocks[index + offset];
    if (!block) return null;
    if (isBioOf(name, block.text) || (offset === 1 && isFirstPersonBio(block.text))) return block.text;
  }
  return null;
}

/** "I'm the founder of HR.University. I'm a certified HR professional…": the writer about themself. */
const FIRST_PERSON_BIO = /^(?:(?:Hi|Hello|Hey)[,!.]?\s+)?(?:I['’]m|I\s+am)\s+(?:a|an|the)\s/u;
const TRADE =
  /\b(?:founder|co-founder|writer|author|editor|journalist|blogger|reporter|columnist|contributor|creator|owner|consultant|coach|strategist|specialist|expert|developer|engineer|designer|researcher|professional)\b/iu;

function isFirstPersonBio(text: string): boolean {
  return (
    text.length < 1000 &&
    FIRST_PERSON_BIO.test(text) &&
    piecesAtLeast(text, MIN_BIO_WORDS) &&
    TRADE.test(text.slice(0, 200))
  );
}

// The tests go cheapest first: the opening, then the length and the pronoun over the whole paragraph (each
// name line asks this of the three blocks after it).
function isBioOf(name: string, text: string): boolean {
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  // Both openings start with the first word (bioFor asks this of every block of the page).
  if (!text.startsWith(first)) return false;
  let opens = false;
  for (const opening of [name, first]) {
    if (text.startsWith(opening) && BIO_VERB.test(text.slice(opening.length))) {
      opens = true;
      break;
    }
  }
  return opens && piecesAtLeast(text, MIN_BIO_WORDS) && PERSONAL.test(text);
}

/** `text.split(/\s+/).length >= n` without the array: the pieces are the runs of white space plus one. */
function piecesAtLeast(text: string, n: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && pieces < n; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces >= n;
}

/** A bio the cleaner removed, or any paragraph that opens like a bio of the first author. */
export function bioFor(authors: string[], cleaned: CleanResult): string | null {
  const first = authors[0];
  if (!first) return null;
  // A bio the cleaner removed (it reads every vocabulary language's bio verbs) that opens with the full name is the
  // author's ("Ana Souza é professora …", "*Ana Souza …" under an opinion piece); the checks of isBioOf are English.
  for (const item of cleaned.removed) {
    if (item.kind !== 'author-bio') continue;
    const note = item.text.replace(FOOTNOTE_MARK, '');
    if (isBioOf(first, note) || note.startsWith(`${first} `)) return note;
  }
  for (const block of cleaned.blocks)
    if (isBioOf(first, block.text) && block.text.length < 1500) return block.text;
  return null;
}

/** "© 2026 Finn Tropy · Privacy ∙ Terms", "Copyright © 2016-2026 · ELIZABETH MCCRAVY, LLC. | Terms". */
const COPYRIGHT =
  /^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?\d{4}(?:\s*[-–]\s*\d{4})?\s*[·•|,.-]?\s*([^·•|∙,.©]{3,60})/iu;

/**
 * With no byline at all, a person's name as the page's copyright holder: a one-person site (a
 * newsletter, a blog) signs the whole page. A year is required ("© Victor Sailer" under a photo is a
 * photo credit), the line must be in the footer, and the holder must look like a person's name
 * with a known given name first (a company, "Acme Media", is not an author).
 */
function copyrightHolder(cleaned: CleanResult, zones: Zones): Candidate | null {
  for (const block of cleaned.blocks) {
    if (!zones.late.has(block.index) || block.text.length > 200) continue;
    const match = block.text.trim().match(COPYRIGHT);
    const raw = (match?.[1] ?? '').replace(/\s+(?:All|Privacy|Terms|LLC|Inc|Ltd)\b.*$/iu, '');
    const name = match ? headerName(raw) : null;
    if (name && looksLikeGivenNameFirst(name) && name.split(' ').length <= 3)
      return { names: [name], block: block.index, strength: 1, bio: null, why: 'copyright' };
  }
  return null;
}

/** "February 3, 2026": an English full month name (the vocabulary's), a day, a year. */
const MONTH_DAY_YEAR = `(?:${fullMonthNames(['en'])
  .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
  .join('|')}) \\d{1,2}, \\d{4}`;
/**
 * A blog template's post line with its parts glued by the scraper: category, author, date
 * ("lifestyleChristy GammelFebruary 3, 2026Comment", "GARDEN MAINTENANCEannette thurmonJune 17,
 * 2021garden, …"). The case change marks where the category ends and the month where the name ends.
 */
const GLUED_META = new RegExp(
  `^(?:\\p{Ll}[\\p{Ll} -]*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})|\\p{Lu}[\\p{Lu} &-]*\\p{Lu}(\\p{Ll}+(?: \\p{Ll}+){0,2}))${MONTH_DAY_YEAR}`,
  'u',
);

/**
 * With no byline, the author of glued post lines: the same name on two of them at least (the post
 * itself and its neighbours on a one-author blog), taken from the first.
 */
export function gluedPostMeta(cleaned: CleanResult): Candidate | null {
  const seen = new Map<string, { block: number; count: number }>();
  for (const block of cleaned.blocks) {
    if (block.text.length > 400 || block.text.includes('\n')) continue;
    const match = block.text.match(GLUED_META);
    const name = match ? (match[1] ?? match[2] ?? '') : '';
    // A capitalised name must have a name's shape; a lower-case one no word the lexicon knows
    // as something else ("posted on").
    const shaped = match?.[1] ? asPersonName(name, 1) : !name.split(' ').some(isKnownNonName);
    if (!name || !shaped) continue;
    const entry = seen.get(name) ?? { block: block.index, count: 0 };
    entry.count++;
    seen.set(name, entry);
  }
  for (const [name, { block, count }] of seen)
    if (count >= 2) return { names: [name], block, strength: 1, bio: null, why: 'glued' };
  return null;
}

/**
 * "— Jane Roe" as one of the last lines of the body, or on a line just past it (the cleaner took the short
 * sign-off for low content).
 */
function signatures(cleaned: CleanResult): Candidate[] {
  const found: Candidate[] = [];
  const last = cleaned.body.at(-1)?.index ?? cleaned.blocks.length;
  const after = cleaned.blocks.slice(last + 1, last + 1 + SIGNATURE_AFTER);
  for (const block of [...cleaned.body.slice(-4), ...after]) {
    const match = block.text.trim().match(/^[—–-]\s*(.{3,50})$/u);
    const name = match ? asPersonName(match[1] ?? '', 2) : null;
    if (name) found.push({ names: [name], block: block.index, strength: 2, bio: null, why: 'signature' });
  }
  return found;
}

/** Blocks past the body's end a sign-off may stand in. */
const SIGNATURE_AFTER = 6;

export const PLAIN_READERS: BlockReaders = {
  labelledNames,
  explicitByline,
  bareNameLine,
  singleNameOverBio,
  gluedPostMeta,
};
