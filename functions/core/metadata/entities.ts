import nlp from 'compromise';
import type { Entities } from '../types.ts';
import { asPersonName, isRoleWord } from './names.ts';

/**
 * compromise tags about 1,000 characters per 7 ms here, so it reads only the lead, where an
 * article names its main people, places and organisations; the cheap cue patterns read further.
 */
const NLP_CHARS = 4000;
const MAX_CHARS = 30000;
const MAX_PER_KIND = 30;

/**
 * Role words compromise leaves glued to names ("Minister Sergei Lavrov") and that announce a name
 * it misses ("spokesman Mao Ning", "President Xi Jinping").
 */
const TITLE_CUE =
  /\b(?:President|Vice\s+President|Prime\s+Minister|Minister|Secretary(?:\s+of\s+State)?|Secretary-General|Chancellor|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Mayor|Ambassador|Envoy|General|Gen\.|Judge|Justice|King|Queen|Prince|Princess|Pope|Chairman|Chairwoman|CEO|[Ss]pokes(?:man|woman|person)|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.)\s+((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)/gu;
/** "Mao Ning said": a two- or three-word capitalised name right before a speech verb. */
const SPEAKER_CUE =
  /(?:^|[\s,(])((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)\s+(?:said|says|told|added|stated|explained|wrote)\b/gu;
const LEADING_JUNK =
  /^(?:(?:the|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|in|at|last|this|next|u\.s\.|us|uk|chinese|russian|american|british|french|german|foreign|state|vice|deputy|former|acting)\s+)+/i;
const TRAILING_GENERIC = /\s+(?:region|area|province|state|city|county)$/i;
const WEEKDAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** People, places and organisations named in the body, deduplicated, surnames folded into full names. */
export function extractEntities(body: string): Entities {
  const text = body.slice(0, MAX_CHARS);
  if (text.trim().length === 0) return { people: [], places: [], organizations: [] };
  const doc = nlp(text.slice(0, NLP_CHARS));
  const rawPeople = [
    ...(doc.people().out('array') as string[]),
    ...[...text.matchAll(TITLE_CUE)].map((match) => match[1] ?? ''),
    ...[...text.matchAll(SPEAKER_CUE)].map((match) => match[1] ?? ''),
  ];
  const people = foldSurnames(uniqueInTextOrder(rawPeople.map(cleanPerson).filter(isPresent), text));
  const personWords = new Set(people.flatMap((person) => person.toLowerCase().split(' ')));
  const places = uniqueInTextOrder(
    (doc.places().out('array') as string[])
      .flatMap((place) => place.split(/\s*,\s*/))
      .map(cleanPlace)
      .filter(isPresent)
      .filter(
        (place) =>
          !place
            .toLowerCase()
            .split(' ')
            .some((word) => personWords.has(word)),
      ),
    text,
  );
  const placeSet = new Set(places.map((place) => place.toLowerCase()));
  const organizations = uniqueInTextOrder(
    (doc.organizations().out('array') as string[])
      .map((org) => cleanOrganization(org.split(/\s*,\s*/).at(-1) ?? ''))
      .filter(isPresent)
      .filter(
        (org) =>
          !placeSet.has(org.toLowerCase()) &&
          !people.some((person) => person.toLowerCase() === org.toLowerCase()),
      ),
    text,
  );
  return {
    people: people.slice(0, MAX_PER_KIND),
    places: splitMergedPlaces(places).slice(0, MAX_PER_KIND),
    organizations: organizations.slice(0, MAX_PER_KIND),
  };
}

function isPresent(value: string | null): value is string {
  return value !== null && value.length > 0;
}

function tidy(text: string): string {
  return text
    .replace(/[’']s\b/gu, '')
    .replace(/^[\s"'“”‘’([…]+|[\s"'“”‘’)\].,;:!?…]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Minister Sergei Lavrov" → "Sergei Lavrov"; a bare role ("President") → null. */
function cleanPerson(raw: string): string | null {
  const words = tidy(raw).split(' ');
  while (
    words.length > 0 &&
    (isRoleWord(words[0] ?? '') || /^(?:of|state|foreign|the|vice)$/i.test(words[0] ?? ''))
  )
    words.shift();
  return asPersonName(words.join(' '), 1);
}

function cleanPlace(raw: string): string | null {
  const place = tidy(raw).replace(LEADING_JUNK, '').replace(TRAILING_GENERIC, '');
  if (place.length < 2 || !/^\p{Lu}/u.test(place) || /\d/.test(place)) return null;
  if (place.split(' ').some((word) => !/^(?:\p{Lu}|of$|the$|and$|de$|la$)/u.test(word))) return null;
  return place;
}

function cleanOrganization(raw: string): string | null {
  const words = tidy(raw).split(' ');
  while (words.length > 0 && WEEKDAY_OR_MONTH.test(words[0] ?? '')) words.shift();
  const org = words.join(' ');
  if (org.length < 2 || !/^\p{Lu}/u.test(org)) return null;
  return org;
}

/** Case-insensitive dedupe, ordered by first mention in the text. */
function uniqueInTextOrder(values: string[], text: string): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  return [...seen.values()].sort((a, b) => position(a, text) - position(b, text));
}

function position(value: string, text: string): number {
  const at = text.indexOf(value);
  return at === -1 ? text.length : at;
}

/** "Yellen" folds into "Janet Yellen"; "Sergei Lavrov" into a longer name that contains it. */
function foldSurnames(people: string[]): string[] {
  return people.filter((person) => {
    const words = person.split(' ');
    return !people.some((other) => {
      if (other === person) return false;
      const otherWords = other.split(' ');
      if (otherWords.length <= words.length) return false;
      return (
        otherWords.slice(-words.length).join(' ') === person ||
        (otherWords.slice(0, words.length).join(' ') === person && words.length > 1)
      );
    });
  });
}

/** compromise sometimes merges neighbours ("Russia China"): split when each part is a place on its own. */
function splitMergedPlaces(places: string[]): string[] {
  const known = new Set(places.map((place) => place.toLowerCase()));
  const out: string[] = [];
  for (const place of places) {
    const words = place.split(' ');
    const parts = words.length > 1 && words.every((word) => known.has(word.toLowerCase())) ? words : [place];
    for (const part of parts)
      if (!out.some((existing) => existing.toLowerCase() === part.toLowerCase())) out.push(part);
  }
  return out;
}

/** The full name for a short mention: "Yellen" → "Janet Yellen" when the article named her. */
export function resolvePerson(mention: string, people: string[]): string | null {
  const clean = tidy(mention);
  if (clean.length === 0) return null;
  const exact = people.find((person) => person === clean);
  if (exact) return exact;
  const words = clean.split(' ');
  const suffix = people.find((person) => {
    const personWords = person.split(' ');
    return personWords.length >= words.length && personWords.slice(-words.length).join(' ') === clean;
  });
  if (suffix) return suffix;
  // "State Antony Blinken": a known name at the end of a longer capitalised run.
  const contained = people
    .filter((person) => clean.endsWith(` ${person}`))
    .sort((a, b) => b.length - a.length)[0];
  return contained ?? null;
}
