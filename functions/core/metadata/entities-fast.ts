/**
 * entities.ts's `extractEntities` cut into small functions, for the whole process rather than the warm core:
 * the same steps in the same order over the same patterns and helpers (imported from entities.ts), so the same
 * people, places and organisations (tests/unit/metadata-entities.test.ts proves them equal with fast-check).
 *
 * Why: the plain function is one large body into which V8 inlines the lexicon look-ups, the name shaping and
 * the array callbacks; each time a page shows it an array of another kind (no match at all, a first match)
 * the optimised code is thrown away and rebuilt, ~100 ms of compiler time at each of a dozen rebuilds in a
 * process's first few hundred pages (node --trace-opt --trace-deopt over DEV: 13 compilations, 1.8 s). Here
 * each step is its own function, compiled and rebuilt alone, and the arrays are filled by loops.
 */
import type { Entities } from '../types.ts';
import { countWordsUpTo } from '../words-fast.ts';
import {
  cleanOrganization,
  cleanPerson,
  cleanPlace,
  foldSurnames,
  isAirportCode,
  listedPlaces,
  MAX_CHARS,
  MAX_PER_KIND,
  namesAPerson,
  ORG_TAGS,
  PLACE_CUE,
  PLACE_TAGS,
  personNames,
  personWindow,
  runOrganization,
  SPEAKER_CUE,
  SPEECH_VERBS,
  TITLE_CUE,
  tagged,
  tidy,
  uniqueInTextOrder,
  withoutCompanyStems,
} from './entities.ts';
import { entrySizesFrom, tagsOf } from './lexicon.ts';
import { hasGivenNameTag, isDoubleGivenName, isMonthGivenName, lexiconTags } from './names.ts';

/** `extractEntities` of entities.ts. */
export function extractEntitiesFast(body: string, language?: string | null): Entities {
  const text = proseOfFast(body.slice(0, MAX_CHARS));
  if (text.trim().length === 0) return { people: [], places: [], organizations: [] };
  const rawPeople: string[] = [];
  const rawPlaces: string[] = [];
  const rawOrganizations: string[] = [];
  firstGroups(text, TITLE_CUE, rawPeople);
  speakerGroups(text, rawPeople);
  // "the city of Portwell", "the village of Lindau Mill": the noun says it is a place, known or not.
  placeGroups(text, rawPlaces);
  const runs = capitalisedRuns(text);
  for (let k = 0; k < runs.length; k += 2)
    readRun(tidyRun(text, runs[k]!, runs[k + 1]!), rawPeople, rawPlaces, rawOrganizations, language);
  const people = foldSurnames(uniqueInTextOrder(cleaned(rawPeople, cleanPerson), text));
  const places = placesOf(rawPlaces, people, text);
  const organizations = organizationsOf(rawOrganizations, people, places, text);
  return {
    people: people.slice(0, MAX_PER_KIND),
    places: listedPlaces(places, language),
    organizations: organizations.slice(0, MAX_PER_KIND),
  };
}

/**
 * `proseOf` of entities.ts: the same paragraphs kept, but each one's words counted only up to twelve (enough to
 * know it is prose; the count of a long paragraph was most of the stage's time on long pages).
 */
export function proseOfFast(body: string): string {
  const kept: string[] = [];
  for (const paragraph of body.split(/\n{2,}/)) {
    const words = countWordsUpTo(paragraph, 12);
    if (words >= 12 || (words >= 6 && /[.!?…]["”’)]?\s*$/u.test(paragraph))) kept.push(paragraph);
  }
  return kept.join('\n\n');
}

/**
 * Pushes the first group of every match of a global pattern, as `[...text.matchAll(pattern)]` finds them (none
 * of the patterns matches the empty string, so `exec` from lastIndex finds the same matches).
 */
function firstGroups(text: string, pattern: RegExp, out: string[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) out.push(match[1] ?? '');
}

/** What a lexicon entry's tags say (`tagKinds`): a place, an organisation (entities.ts), a given name (names.ts). */
const PLACE_KIND = 1;
const ORG_KIND = 2;
const GIVEN_KIND = 4;
/** Per tag list of the lexicon (one shared frozen array per combination of tags): its kinds. */
const KINDS = new Map<readonly string[], number>();

/**
 * The kinds of a lexicon tag list: `tagged(tags, PLACE_TAGS)`, `tagged(tags, ORG_TAGS)` and names.ts's given-name
 * test (`hasGivenNameTag`), worked out once per list, not at every word.
 */
function tagKinds(tags: readonly string[]): number {
  let kinds = KINDS.get(tags);
  if (kinds === undefined) {
    kinds =
      (tagged(tags, PLACE_TAGS) ? PLACE_KIND : 0) |
      (tagged(tags, ORG_TAGS) ? ORG_KIND : 0) |
      (hasGivenNameTag(tags) ? GIVEN_KIND : 0);
    KINDS.set(tags, kinds);
  }
  return kinds;
}

/**
 * One capitalised run: an organisation by its suffix, then the names and places of its word windows. Each word
 * is lower-cased and looked up once, for both the given-name test (names.ts's `isGivenName`) and its one-word
 * window (`windowAt`).
 */
function readRun(
  run: string,
  people: string[],
  places: string[],
  organizations: string[],
  language: string | null | undefined,
): void {
  // One word (most runs: a sentence's first word): its own window only, no organisation suffix, no array.
  if (!run.includes(' ')) {
    const kinds = tagKinds(tagsOf(run.toLowerCase()));
    if ((kinds & PLACE_KIND) !== 0 && !isAirportCode(run, true)) places.push(run);
    else if ((kinds & ORG_KIND) !== 0) organizations.push(run);
    return;
  }
  const words = run.split(' ');
  // "Ministry of Transport": the organisation, its words no place or name of their own.
  const organization = runOrganization(run, words.length, language);
  if (organization !== null) {
    organizations.push(organization.name);
    if (organization.whole) return;
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase();
    const kinds = tagKinds(tagsOf(lower));
    // A known given name and one or two capitalised words after it: "Janet Yellen".
    // (The word count first: the last word is never looked up twice, here and as a window.)
    if (
      i + 1 < words.length &&
      ((kinds & GIVEN_KIND) !== 0 || isDoubleGivenName(word) || isMonthGivenName(word))
    ) {
      people.push(personWindow(words, i));
      return;
    }
    i += windowAt(words, i, lower, kinds, places, organizations);
  }
}

/**
 * The longest window (3, 2, 1 words) at `i` the lexicon tags as a place or organisation; its extra words. The
 * word at `i` comes lower-cased, with the kinds of its own tags (the one-word window's).
 */
function windowAt(
  words: string[],
  i: number,
  lower: string,
  ownKinds: number,
  places: string[],
  organizations: string[],
): number {
  // Windows of two or three words only where a lexicon entry of that many words starts with this one: the
  // other windows' look-ups find nothing (the lower case of a window is its words' lower cases, spaced alike).
  const sizes = i + 1 < words.length ? entrySizesFrom(lower) : 0;
  for (let size = 3; size >= 1; size--) {
    if (i + size > words.length || (size > 1 && (sizes & (1 << (size - 1))) === 0)) continue;
    const joined = size === 1 ? (words[i] ?? '') : words.slice(i, i + size).join(' ');
    // One lexicon look-up per window, read for both kinds.
    const kinds = size === 1 ? ownKinds : tagKinds(lexiconTags(joined));
    if ((kinds & PLACE_KIND) !== 0 && !(size === 1 && isAirportCode(joined, words.length === 1))) {
      places.push(joined);
      return size - 1;
    }
    if ((kinds & ORG_KIND) !== 0) {
      organizations.push(joined);
      return size - 1;
    }
  }
  return 0;
}

/** `values.map(clean).filter(isPresent)`. */
function cleaned(values: readonly string[], clean: (raw: string) => string | null): string[] {
  const out: string[] = [];
  for (const value of values) {
    const kept = clean(value);
    if (kept !== null && kept.length > 0) out.push(kept);
  }
  return out;
}

/** Places, less those sharing a word with a person's name. */
function placesOf(rawPlaces: readonly string[], people: readonly string[], text: string): string[] {
  const personWords = new Set<string>();
  for (const person of people) for (const word of person.toLowerCase().split(' ')) personWords.add(word);
  const kept: string[] = [];
  for (const place of cleaned(rawPlaces, cleanPlace)) {
    let named = false;
    for (const word of place.toLowerCase().split(' ')) {
      if (personWords.has(word)) {
        named = true;
        break;
      }
    }
    if (!named) kept.push(place);
  }
  return uniqueInTextOrder(kept, text);
}

/** Organisations, less the places and people. */
function organizationsOf(
  rawOrganizations: readonly string[],
  people: readonly string[],
  places: readonly string[],
  text: string,
): string[] {
  const placeSet = new Set<string>();
  for (const place of places) placeSet.add(place.toLowerCase());
  const kept: string[] = [];
  const named = personNames(people);
  for (const org of cleaned(rawOrganizations, cleanOrganization)) {
    const lower = org.toLowerCase();
    if (!placeSet.has(lower) && !namesAPerson(org, named)) kept.push(org);
  }
  return withoutCompanyStems(uniqueInTextOrder(kept, text));
}

/**
 * Per BMP code unit, what the capitalised-run scan asks of it: UPPER (`\p{Lu}`), TAIL (`[\p{L}'’-]`), SPACE
 * (`\s`), QUOTE (' or ’, which `tidy` reads); 0 when not yet seen, SEEN on every entry filled.
 */
const SEEN = 1;
const UPPER = 2;
const TAIL = 4;
const SPACE = 8;
const QUOTE = 16;
const RUN_CLASS = new Uint8Array(65536);
const UPPER_CHAR = /\p{Lu}/u;
const LETTER_CHAR = /\p{L}/u;
const SPACE_CHAR = /\s/u;

function runClassOf(c: number): number {
  let k = RUN_CLASS[c]!;
  if (k === 0) {
    const char = String.fromCharCode(c);
    k = SEEN;
    if (c === 0x27 || c === 0x2019) k |= TAIL | QUOTE;
    else if (c === 0x2d) k |= TAIL;
    else if (c >= 0xd800 && c <= 0xdfff) k |= 0;
    else if (LETTER_CHAR.test(char)) k |= TAIL | (UPPER_CHAR.test(char) ? UPPER : 0);
    else if (SPACE_CHAR.test(char)) k |= SPACE;
    RUN_CLASS[c] = k;
  }
  return k;
}

/** The class of the code point at i (a surrogate pair tested whole), and its width in WIDTH[0]. */
const WIDTH = new Int32Array(1);

function pointClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  WIDTH[0] = 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      WIDTH[0] = 2;
      const pair = String.fromCharCode(c, low);
      return LETTER_CHAR.test(pair) ? SEEN | TAIL | (UPPER_CHAR.test(pair) ? UPPER : 0) : SEEN;
    }
  }
  return runClassOf(c);
}

/** Name particles CAPITALISED_RUN (entities.ts) lets between capitalised words, in its order. */
const PARTICLES = ['of', 'de', 'van', 'von', 'al', 'bin', 'da', 'del', 'la', 'le', 'the'];

/** The end of `[\p{L}'’-]*` from i. */
function tailEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    if ((pointClass(text, i) & TAIL) === 0) break;
    i += WIDTH[0]!;
  }
  return i;
}

/** The end of `\s*` from i (white space is all in the BMP). */
function spaceEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && (runClassOf(text.charCodeAt(i)) & SPACE) !== 0) i++;
  return i;
}

/**
 * The matches of entities.ts's CAPITALISED_RUN (`text.matchAll`), as start and end offsets in pairs, found by
 * a scan instead of the Unicode regex (a third of the entity stage's regex time; tests/unit/metadata-entities
 * .test.ts proves them equal with fast-check). A run is an upper-case letter and the letters, apostrophes and
 * hyphens after it, then any number of: white space, optionally a particle and white space, and again an
 * upper-case letter and its tail. The regex backtracks to where a repetition fails, which the scan does by
 * keeping `end` at the last whole repetition.
 */
export function capitalisedRuns(text: string): number[] {
  const runs: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if ((pointClass(text, i) & UPPER) === 0) {
      i += WIDTH[0]!;
      continue;
    }
    const start = i;
    let end = tailEnd(text, i + WIDTH[0]!);
    while (end < n) {
      let at = spaceEnd(text, end);
      if (at === end || at >= n) break;
      if ((pointClass(text, at) & UPPER) === 0) {
        at = afterParticle(text, at);
        if (at < 0 || (pointClass(text, at) & UPPER) === 0) break;
      }
      end = tailEnd(text, at + WIDTH[0]!);
    }
    runs.push(start, end);
    i = end;
  }
  return runs;
}

/** Where the white space after a particle at `at` ends (-1 when no particle and white space are there, or the text ends). */
function afterParticle(text: string, at: number): number {
  for (const particle of PARTICLES) {
    if (!text.startsWith(particle, at)) continue;
    const spaced = spaceEnd(text, at + particle.length);
    if (spaced === at + particle.length) continue;
    return spaced < text.length ? spaced : -1;
  }
  return -1;
}

/**
 * entities.ts's `tidy` of the run text[start, end): the run itself when `tidy` has nothing to change (no
 * apostrophe, single spaces only: it starts with a capital and ends with a letter or a hyphen), else `tidy`.
 */
export function tidyRun(text: string, start: number, end: number): string {
  const run = text.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      c < 128
        ? c === 0x27 || (c <= 32 && (c !== 32 || text.charCodeAt(i + 1) === 32))
        : (runClassOf(c) & (QUOTE | SPACE)) !== 0
    )
      return tidy(run);
  }
  return run;
}

/** SPEAKER_CUE of entities.ts, tried at one position (sticky). */
const SPEAKER_AT = new RegExp(SPEAKER_CUE.source, 'uy');
/** Where SPEAKER_CUE's matches end: white space and a speech verb (the same as SPEAKER_CUE's tail). */
const SPEECH_VERB = new RegExp(`\\s${SPEECH_VERBS}\\b`, 'g');
/** Per BMP code unit: 0 not yet seen, 1 what a SPEAKER_CUE capture may hold (see `speakerGroups`), 2 not. */
const SPEAKER_SPAN = new Uint8Array(65536);
const SPEAKER_CHAR = /[\p{L}'’\s-]/u;

function inSpeakerSpan(c: number): boolean {
  let k = SPEAKER_SPAN[c]!;
  if (k === 0) {
    k = (c >= 0xd800 && c <= 0xdfff) || SPEAKER_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    SPEAKER_SPAN[c] = k;
  }
  return k === 1;
}

/**
 * `firstGroups(text, SPEAKER_CUE, out)`, the pattern tried only before a speech verb: the regex scanned the
 * whole prose for a name at every position. Every match ends in white space and a verb; what comes before,
 * after its first character, is letters, apostrophes, hyphens and white space. So for the next verb after
 * `from`, the match (if any) starts at or after the start of that stretch before the verb less one character,
 * and the pattern is tried there at each position in order (the first that matches is the match the scan
 * finds); when none does, no match starts before the verb. Positions inside a surrogate pair, which the scan
 * steps over, are skipped. tests/unit/metadata-entities.test.ts proves the groups equal with fast-check.
 */
export function speakerGroups(text: string, out: string[]): void {
  let from = 0;
  for (;;) {
    SPEECH_VERB.lastIndex = from;
    const verb = SPEECH_VERB.exec(text);
    if (verb === null) return;
    const at = verb.index;
    let start = at;
    while (start > from && inSpeakerSpan(text.charCodeAt(start - 1))) start--;
    let next = at + 1;
    for (let s = Math.max(from, start - 1); s <= at; s++) {
      const c = text.charCodeAt(s);
      if (c >= 0xdc00 && c <= 0xdfff && s > 0) {
        const high = text.charCodeAt(s - 1);
        if (high >= 0xd800 && high <= 0xdbff) continue;
      }
      SPEAKER_AT.lastIndex = s;
      const match = SPEAKER_AT.exec(text);
      if (match === null) continue;
      out.push(match[1] ?? '');
      next = SPEAKER_AT.lastIndex;
      break;
    }
    from = next;
  }
}

/** PLACE_CUE of entities.ts, tried at one position (sticky). */
const PLACE_AT = new RegExp(PLACE_CUE.source, 'uy');
/** PLACE_CUE's longest noun ("province"). */
const PLACE_NOUN_CHARS = 8;

/**
 * `firstGroups(text, PLACE_CUE, out)`, the pattern tried only before " of ": every match is one of its nouns
 * (lower-case ASCII, at most PLACE_NOUN_CHARS long) right before the next " of " after `from`, so it is tried
 * at each position of the lower-case letters before it, in order; when none matches, no match starts before
 * it. tests/unit/metadata-entities.test.ts proves the groups equal with fast-check.
 */
export function placeGroups(text: string, out: string[]): void {
  let from = 0;
  for (;;) {
    const at = text.indexOf(' of ', from);
    if (at < 0) return;
    let start = at;
    while (start > from && at - start < PLACE_NOUN_CHARS) {
      const c = text.charCodeAt(start - 1);
      if (c < 97 || c > 122) break;
      start--;
    }
    let next = at + 1;
    for (let s = start; s < at; s++) {
      PLACE_AT.lastIndex = s;
      const match = PLACE_AT.exec(text);
      if (match === null) continue;
      out.push(match[1] ?? '');
      next = PLACE_AT.lastIndex;
      break;
    }
    from = next;
  }
}
