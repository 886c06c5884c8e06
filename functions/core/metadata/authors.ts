import type { Block, CleanResult } from '../types.ts';
import { datesIn, isDateLine } from './dates.ts';
import {
  asPersonName,
  isKnownNonName,
  isRoleLine,
  looksLikeGivenNameFirst,
  splitNames,
  tidyName,
} from './names.ts';
import { blockZones, type Zones } from './zones.ts';

export interface AuthorResult {
  authors: string[];
  authorBio: string | null;
  /** Block of the byline the authors came from. */
  block: number | null;
}

/** Bylines are short; a longer line is prose that merely contains "by". */
const MAX_BYLINE = 160;
/** "By Jane Roe", "Written by: Jane Roe", "ByJane Roe" (glued by the scraper). */
const BYLINE =
  /^(?:(?:written|words|posted|published|reported|authored|article|story|text|compiled)\s+)?(?:by\b\s*:?\s*|By(?=\p{Lu}))(.+)$/iu;
/** "Author: Jane Roe". */
const AUTHOR_LABEL = /^(?:authors?|writer|written by|posted by|byline)\s*[:：]\s*(.+)$/iu;
/** "October 11, 2023 by Jane Roe", "Updated 3 days ago • by Jane Roe": a byline after a date. */
const TRAILING_BYLINE = /(?:\d|[|•·—–])\s*[|•·—–]?\s*by\s*:?\s+(\p{Lu}.+)$/u;
/** A label alone on its line; the name is in the next block. */
const LABEL_ONLY =
  /^(?:by|written\s+by|words\s+by|posted\s+by|published\s+by|authors?|about\s+the\s+authors?|about\s+author|meet\s+the\s+(?:author|writer)|the\s+author|insights\s+from)\s*:?$/i;
/** Credits for other work than writing the article: "Reviewed by", "Photo by", "Edited by". */
const NOT_WRITER =
  /^(?:(?:medically\s+|fact[-\s]?)?(?:reviewed|checked|edited|photos?|images?|illustrat\w*|video|graphics?|produced|designed|translated|hosted|powered|sponsored|presented|narrated)\b)/i;
/** Where a byline's name ends: a date, a separator, "on", or a glued label. */
const NAME_END =
  /\s+(?:on|in|at|for|from|updated|published|posted)\s|\s*[|•·—–⋅]\s*|\s+-\s+|\d|(?:Published|Updated|Last\s+Updated|Posted|Reviewed|Fact|Edited|Follow)\b|(?<=\p{Ll})(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|In|On)\b)/u;
/** A bio opens with the name and says what the person is or does. */
const BIO_VERB =
  /^(?:,|\s+(?:is|was|has|holds|covers|writes|brings|joined|founded|leads|serves|works|loves|specializes|specialises|focuses|lives|graduated|earned|began|started|helps|reports|edits)\b|['’]s\b)/u;
const MIN_BIO_WORDS = 12;
const MAX_AUTHORS = 5;

interface Candidate {
  names: string[];
  block: number;
  /** 3: explicit byline; 2: a name line with corroboration (date, role, bio); 1: name under the title. */
  strength: number;
  bio: string | null;
}

/**
 * Authors from bylines near the headline, a name line over a bio, or a "— Name" signature. Never
 * from a related-articles list or a comment thread (see zones.ts), never a job title or agency.
 */
export function extractAuthors(
  cleaned: CleanResult,
  anchor: number | null,
  now: Date,
  zones: Zones = blockZones(cleaned, anchor),
): AuthorResult {
  const blocks = cleaned.blocks;
  const candidates: Candidate[] = [];
  const bylineKinds = new Set(
    cleaned.removed.filter((item) => item.kind === 'byline').map((item) => item.block),
  );
  for (const block of blocks) {
    if (zones.excluded.has(block.index)) continue;
    const explicit = explicitByline(block, blocks);
    if (explicit.length > 0) {
      // "Shop by Industry" is a menu: a byline needs a known given name, a date beside it, or the
      // headline right above it.
      const dated = [-1, 0, 1, 2].some((offset) => hasDate(blocks[block.index + offset]?.text ?? '', now));
      const nearTitle = anchor !== null && block.index > anchor && block.index <= anchor + 6;
      const strength = explicit.some(looksLikeGivenNameFirst) || dated ? 3 : nearTitle ? 2 : 0;
      if (strength > 0) candidates.push({ names: explicit, block: block.index, strength, bio: null });
      continue;
    }
    const bare = bareNameLine(block.text) ?? singleNameOverBio(block, blocks);
    if (!bare) continue;
    const next = blocks[block.index + 1]?.text ?? '';
    const previous = blocks[block.index - 1]?.text ?? '';
    const bio = findBio(bare, blocks, block.index);
    let strength = 0;
    if (bio) strength = 2;
    else if (isDateLine(next, now) || isDateLine(previous, now)) strength = 2;
    else if (isRoleLine(next) && !bareNameLine(next)) strength = 2;
    else if (bylineKinds.has(block.index)) strength = 2;
    else if (anchor !== null && anchor > 0 && block.index > anchor && block.index <= anchor + 2) strength = 1;
    if (strength > 0) candidates.push({ names: [bare], block: block.index, strength, bio });
  }
  candidates.push(...signatures(cleaned));
  const chosen = choose(candidates, anchor, zones);
  if (!chosen) return { authors: [], authorBio: null, block: null };
  const authors = chosen.names.slice(0, MAX_AUTHORS);
  const bio = chosen.bio ?? bioFor(authors, cleaned);
  return { authors, authorBio: bio, block: chosen.block };
}

/** Names from "By …" / "Author: …" on this block, or on the block after a lone "By" label. */
function explicitByline(block: Block, blocks: Block[]): string[] {
  for (const line of block.text.split('\n')) {
    const text = line.trim();
    if (text.length === 0 || text.length > MAX_BYLINE || NOT_WRITER.test(text)) continue;
    const match = text.match(AUTHOR_LABEL) ?? text.match(BYLINE) ?? text.match(TRAILING_BYLINE);
    if (match) {
      const names = namesFromByline(match[1] ?? '');
      if (names.length > 0) return names;
    }
  }
  if (LABEL_ONLY.test(block.text.trim())) {
    // The name follows, sometimes after one stray block (an avatar's "×", a lone initial).
    for (const offset of [1, 2]) {
      const next = blocks[block.index + offset];
      if (!next || next.text.length > MAX_BYLINE) break;
      const names = namesFromByline(next.text.split('\n')[0] ?? '');
      if (names.length > 0) return names;
      if (next.text.trim().length > 3) break;
    }
  }
  return [];
}

/** "Jane Roe and John Doe | May 3, 2024" → ["Jane Roe", "John Doe"]; job titles after a comma dropped. */
export function namesFromByline(raw: string): string[] {
  const cut = raw.split(NAME_END)[0] ?? '';
  const names: string[] = [];
  for (const part of splitNames(dedupeRepeat(cut))) {
    // "Jane Roe, MS, RDN": credentials after the name end it.
    if (names.length > 0 && /^[\p{Lu}.-]{2,6}$/u.test(part)) break;
    const shaped = asPersonName(dropTrailingCapitals(part), 1);
    // "By Use Case": every word a known common word is a menu line, not a name.
    const name = shaped && !shaped.split(' ').every(isKnownNonName) ? shaped : null;
    if (!name) {
      // "Jane Roe, Senior Editor": what follows the names is a role; stop there.
      if (names.length > 0 || isRoleLine(part)) break;
      return [];
    }
    if (!names.includes(name)) names.push(name);
  }
  return names;
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
function dropTrailingCapitals(text: string): string {
  const words = tidyName(text).split(' ');
  if (words.every((word) => word === word.toUpperCase())) return words.join(' ');
  while (words.length > 1) {
    const last = words.at(-1) ?? '';
    if (last.length > 1 && last === last.toUpperCase() && /\p{Lu}{2}/u.test(last)) words.pop();
    else break;
  }
  return words.join(' ');
}

/** A block that is just a person's name (two words at least: one word is too often a label). */
function bareNameLine(text: string): string | null {
  if (text.includes('\n') || text.length > 50) return null;
  const name = asPersonName(text, 2);
  return name && looksLikeGivenNameFirst(name) ? name : null;
}

function hasDate(text: string, now: Date): boolean {
  return text.length <= 200 && datesIn(text, now).length > 0;
}

/** A one-word name line ("Surja") counts only when a bio of that name follows it. */
function singleNameOverBio(block: Block, blocks: Block[]): string | null {
  if (block.text.includes('\n') || block.text.length > 30) return null;
  const name = asPersonName(block.text, 1);
  return name && findBio(name, blocks, block.index) ? name : null;
}

/** The bio paragraph right after a name line ("Surja" / "Surja, a dedicated blog writer …"). */
function findBio(name: string, blocks: Block[], index: number): string | null {
  for (const offset of [1, 2, 3]) {
    const block = blocks[index + offset];
    if (!block) return null;
    if (isBioOf(name, block.text)) return block.text;
  }
  return null;
}

function isBioOf(name: string, text: string): boolean {
  if (text.split(/\s+/).length < MIN_BIO_WORDS) return false;
  const first = name.split(' ')[0] ?? name;
  for (const opening of [name, first]) {
    if (text.startsWith(opening) && BIO_VERB.test(text.slice(opening.length))) return true;
  }
  return false;
}

/** A bio the cleaner removed, or any paragraph that opens like a bio of the first author. */
function bioFor(authors: string[], cleaned: CleanResult): string | null {
  const first = authors[0];
  if (!first) return null;
  for (const item of cleaned.removed)
    if (item.kind === 'author-bio' && isBioOf(first, item.text)) return item.text;
  for (const block of cleaned.blocks)
    if (isBioOf(first, block.text) && block.text.length < 1500) return block.text;
  return null;
}

/** "— Jane Roe" as one of the last lines of the body. */
function signatures(cleaned: CleanResult): Candidate[] {
  const found: Candidate[] = [];
  for (const block of cleaned.body.slice(-4)) {
    const match = block.text.trim().match(/^[—–-]\s*(.{3,50})$/u);
    const name = match ? asPersonName(match[1] ?? '', 2) : null;
    if (name) found.push({ names: [name], block: block.index, strength: 2, bio: null });
  }
  return found;
}

/**
 * The best candidate: explicit bylines over corroborated name lines, nearer the headline first.
 * Bylines packed together with other names are a list of articles and lose.
 */
function choose(candidates: Candidate[], anchor: number | null, zones: Zones): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const others = candidates.filter(
      (other) =>
        other !== candidate &&
        Math.abs(other.block - candidate.block) <= 8 &&
        other.strength >= 2 &&
        other.names[0] !== candidate.names[0],
    );
    const nearAnchor = anchor !== null && candidate.block >= anchor - 3 && candidate.block <= anchor + 8;
    if (others.length >= 2 && !nearAnchor) continue;
    const gap = anchor === null ? candidate.block : Math.abs(candidate.block - anchor);
    const support = candidates.filter(
      (other) => other !== candidate && other.names.includes(candidate.names[0] ?? ''),
    ).length;
    const score =
      candidate.strength * 10 -
      Math.min(gap, 200) / 20 +
      Math.min(support, 2) * 2 -
      (zones.late.has(candidate.block) ? 2 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best && best.strength < 2 && candidates.some((c) => c.strength >= 2)) return null;
  return best;
}
