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
  CAPITALISED_RUN,
  cleanOrganization,
  cleanPerson,
  cleanPlace,
  foldSurnames,
  GENERIC_ORG,
  LEADING_JUNK,
  MAX_CHARS,
  MAX_ORG_WORDS,
  MAX_PER_KIND,
  ORG_SUFFIX,
  ORG_TAGS,
  PLACE_CUE,
  PLACE_TAGS,
  SPEAKER_CUE,
  TITLE_CUE,
  tagged,
  tidy,
  uniqueInTextOrder,
} from './entities.ts';
import { isGivenName, lexiconTags } from './names.ts';

/** `extractEntities` of entities.ts. */
export function extractEntitiesFast(body: string): Entities {
  const text = proseOfFast(body.slice(0, MAX_CHARS));
  if (text.trim().length === 0) return { people: [], places: [], organizations: [] };
  const rawPeople: string[] = [];
  const rawPlaces: string[] = [];
  const rawOrganizations: string[] = [];
  firstGroups(text, TITLE_CUE, rawPeople);
  firstGroups(text, SPEAKER_CUE, rawPeople);
  // "the city of Portwell", "the village of Lindau Mill": the noun says it is a place, known or not.
  firstGroups(text, PLACE_CUE, rawPlaces);
  CAPITALISED_RUN.lastIndex = 0;
  for (let match = CAPITALISED_RUN.exec(text); match !== null; match = CAPITALISED_RUN.exec(text))
    readRun(tidy(match[0]), rawPeople, rawPlaces, rawOrganizations);
  const people = foldSurnames(uniqueInTextOrder(cleaned(rawPeople, cleanPerson), text));
  const places = placesOf(rawPlaces, people, text);
  const organizations = organizationsOf(rawOrganizations, people, places, text);
  return {
    people: people.slice(0, MAX_PER_KIND),
    places: places.slice(0, MAX_PER_KIND),
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

/** One capitalised run: an organisation by its suffix, then the names and places of its word windows. */
function readRun(run: string, people: string[], places: string[], organizations: string[]): void {
  const words = run.split(' ');
  if (ORG_SUFFIX.test(run) && words.length >= 2 && words.length <= MAX_ORG_WORDS) {
    // "Chinese Foreign Ministry": the adjectives stay when cutting them would leave the noun alone.
    const cut = run.replace(LEADING_JUNK, '');
    organizations.push(GENERIC_ORG.test(cut) ? run.replace(/^the\s+/i, '') : cut);
  }
  for (let i = 0; i < words.length; i++) {
    // A known given name and one or two capitalised words after it: "Janet Yellen".
    // (The word count first: the last word is never looked up twice, here and as a window.)
    if (i + 1 < words.length && isGivenName(words[i] ?? '')) {
      people.push(words.slice(i, Math.min(words.length, i + 3)).join(' '));
      return;
    }
    i += windowAt(words, i, places, organizations);
  }
}

/** The longest window (3, 2, 1 words) at `i` the lexicon tags as a place or organisation; its extra words. */
function windowAt(words: string[], i: number, places: string[], organizations: string[]): number {
  for (let size = 3; size >= 1; size--) {
    if (i + size > words.length) continue;
    const joined = size === 1 ? (words[i] ?? '') : words.slice(i, i + size).join(' ');
    // One lexicon look-up per window, read for both kinds.
    const tags = lexiconTags(joined);
    if (tagged(tags, PLACE_TAGS)) {
      places.push(joined);
      return size - 1;
    }
    if (tagged(tags, ORG_TAGS)) {
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
  for (const org of cleaned(rawOrganizations, cleanOrganization)) {
    const lower = org.toLowerCase();
    if (placeSet.has(lower)) continue;
    let person = false;
    for (const name of people) {
      if (name.toLowerCase() === lower) {
        person = true;
        break;
      }
    }
    if (!person) kept.push(org);
  }
  return uniqueInTextOrder(kept, text);
}
