import type { Entities } from '../types.ts';
import { fullMonthNames, fullWeekdayNames, languageCode } from '../vocabulary/index.ts';
import { countWordsFast } from '../words-fast.ts';
import { ownFunctionWords } from './function-words.ts';
import { countryNameLanguages } from './lexicon.ts';
import { asPersonName, isGivenName, isLegalForm, isRoleWord, lexiconTags, opensPersonName } from './names.ts';

/**
 * Lean entity patterns over the word lexicon (lexicon.ts, compromise's lexicon packed): compromise's
 * full tagger cost ~10 ms per 1,000 characters here; word lookups and regular expressions cost
 * well under a millisecond per page and read the whole lead.
 */
export const MAX_CHARS = 30000;
export const MAX_PER_KIND = 30;

/**
 * Role words before a name ("Minister Sergei Lavrov") that announce a name the lexicon may not
 * know ("spokesman Mao Ning", "President Xi Jinping").
 */
export const TITLE_CUE =
  /\b(?:President|Vice\s+President|Prime\s+Minister|Minister|Secretary(?:\s+of\s+State)?|Secretary-General|Chancellor|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Mayor|Ambassador|Envoy|General|Gen\.|Judge|Justice|King|Queen|Prince|Princess|Pope|Chairman|Chairwoman|CEO|[Ss]pokes(?:man|woman|person)|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.)\s+((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)/gu;
/** The speech verbs SPEAKER_CUE ends with (entities-fast.ts looks for them first). */
export const SPEECH_VERBS = '(?:said|says|told|added|stated|explained|wrote)';
/**
 * "Mao Ning said": a two- or three-word capitalised name right before a speech verb; not after a preposition, where
 * the name is a place's or a body's ("Officials in Las Vegas said", "analysts at Goldman Sachs said").
 */
export const SPEAKER_CUE = new RegExp(
  `(?:^|[\\s,(])(?<!(?:^|\\s)(?:in|at|from|of|near|for|to|with)\\s)((?:\\p{Lu}[\\p{Ll}'’-]+\\s+){1,2}\\p{Lu}[\\p{Ll}'’-]+)\\s+${SPEECH_VERBS}\\b`,
  'gu',
);
/** Runs of capitalised words (with name particles), and all-capital acronyms ("NATO"). */
export const CAPITALISED_RUN =
  /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|de|van|von|al|bin|da|del|la|le|the)\s+)?\p{Lu}[\p{L}'’-]*)*/gu;
export const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
export const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
/**
 * A capitalised run ending in one of these names an organisation ("Chinese Foreign Ministry"), as does one ending
 * in a company's legal form as capitalised runs keep it ("Qualisys GmbH", "Acme Ltd"). Not the forms that
 * name products as often ("Atmos AG", "iPhone SE") or that English uses as nouns ("a New York LLC").
 */
export const ORG_SUFFIX =
  /\s(?:Ministry|University|Inc|Corp|Corporation|Association|Council|Party|Bank|Group|Agency|Organi[sz]ation|Committee|Commission|Company|Institute|Department|Foundation|Fund|Union|Court|Congress|Parliament|GmbH|OHG|Ltd|LLP|PLC|SARL|SpA|Srl|Oy|ApS|Pty)$/u;
/**
 * A capitalised run that opens with an organisation's noun and "of" names one too ("Ministry of Transport", "Bank
 * of England", "University of Oxford"), as does one in Spanish, French, Italian or Portuguese with "de" ("Banco de
 * España", "Banque de France", "Ministerio de Hacienda", "Conselho de Ministros", "Instituto Nacional de
 * Estatística") and one in Dutch with "van" ("Ministerie van Financiën", "Raad van State"); its words after "of" are
 * the organisation's, not a place of their own.
 */
const ORG_OF =
  /^(?:(?:Ministry|Department|University|Bank|Council|Court|Institute|Office|Agency|Commission|Committee|Academy|Federation|Association|Union|Board|Museum)\s+of|(?:Banco|Banque|Banca|Ministerio|Ministère|Ministero|Ministério|Universidad|Université|Universidade|Instituto|Institut|Consejo|Conseil|Conselho|Consiglio|Tribunal|Agencia|Agence|Agência|Museo|Musée|Comisión|Comissão|Confederación|Confederação|Asociación|Associação|Federación|Federação|Fundación|Fundação|Sindicato|Cámara|Câmara|Asamblea|Assembleia|Banco Central|Instituto Nacional|Consejo General|Ministerie|Raad|Hof|Rijksinstituut)\s+(?:de|del|da|van)(?:\s+la)?)\s+\p{Lu}/u;

/**
 * A place the lexicon knows only as an airport's three-letter code ("las", "den", "ist", "fra", "ord"), written
 * otherwise than in capitals, or in capitals beside other capitalised words (`alone` false): "Las Vegas", "Den Haag",
 * German "Ist" and a dateline's "DEN HAAG" gave the places "Las", "Den", "Ist", "DEN". "LAX" alone is the airport.
 */
export function isAirportCode(word: string, alone: boolean): boolean {
  if (word.length !== 3 || (alone && word === word.toUpperCase())) return false;
  const tags = lexiconTags(word);
  return tags.length === 2 && tags.includes('Place') && tags.includes('ProperNoun');
}

/**
 * On a German page, a run of two to four words that ends in a compound of an organisation's noun, after an
 * adjective (a German attributive adjective or a city's: "Statistische Bundesamt", "Europäische Zentralbank",
 * "Berliner Landgericht", "Deutsche Jagdverband"): an organisation. Not a compound alone ("das Landgericht": which
 * one?), and not "Ehrenamt" (volunteering, no office). The run as written, without its article: German inflects the
 * adjective ("der Europäischen Zentralbank").
 */
function compoundOrganization(
  run: string,
  words: number,
  language: string | null | undefined,
): string | null {
  if (words < 2 || words > MAX_ORG_WORDS || !language?.toLowerCase().startsWith('de')) return null;
  const cut = run.replace(LEADING_JUNK, '');
  return GERMAN_ORG.test(cut) ? cut : null;
}
/** Adjectives, then a compound of an organisation's noun (see compoundOrganization). */
const GERMAN_ORG =
  /^(?:\p{Lu}\p{Ll}+(?:e|er|es|en|em)\s+){1,3}\p{Lu}\p{Ll}*(?:(?<!Ehren)amt|bank|ministerium|gericht|verband|institut|partei|stiftung|universität|hochschule|behörde|agentur|kommission|gesellschaft|konzern)$/u;

/**
 * The organisation a capitalised run of `words` words names by its shape, for both entity readers: one ending in an
 * organisation's noun or legal form (`whole` false: its words are read for names and places too, "Chinese Foreign
 * Ministry"), else one opening with an organisation's noun and "of" or a German compound (`whole` true: its words
 * are the organisation's alone); null when none.
 */
export function runOrganization(
  run: string,
  words: number,
  language: string | null | undefined,
): { name: string; whole: boolean } | null {
  if (words >= 2 && words <= MAX_ORG_WORDS && ORG_SUFFIX.test(run))
    return { name: suffixOrganization(run), whole: false };
  const named = ofOrganization(run, words) ?? compoundOrganization(run, words, language);
  return named === null ? null : { name: named, whole: true };
}

/**
 * The organisation a capitalised run of `words` words opening with an organisation's noun and "of" names (ORG_OF),
 * without its article; null when the run is none. The readers take the run's words for no place or person then.
 */
function ofOrganization(run: string, words: number): string | null {
  if (words < 3 || words > MAX_ORG_WORDS) return null;
  // Without its article ("the", or the one a Romance or Dutch sentence opens with: "El Banco de España", "La Banque de
  // France", "O Conselho de Ministros", "Het Ministerie van Financiën").
  const cut = run.replace(/^(?:the|el|la|le|il|lo|los|las|les|o|a|os|as|het|de)\s+/iu, '');
  return ORG_OF.test(cut) ? cut : null;
}
/**
 * The organisation a capitalised run ending in an organisation noun names: without its leading junk, and without
 * a role and "of" before it ("CEO of Acme Corp" → "Acme Corp"); "Chinese Foreign Ministry": the adjectives stay when
 * cutting them would leave the noun alone.
 */
function suffixOrganization(run: string): string {
  let cut = run.replace(LEADING_JUNK, '');
  const role = ROLE_OF.exec(cut);
  if (role && isRoleWord(role[1]!)) cut = cut.slice(role[0].length);
  return GENERIC_ORG.test(cut) ? run.replace(/^the\s+/i, '') : cut;
}

/** A role and "of" opening a run ("CEO of", "Chairman of the"): group 1 the role. */
const ROLE_OF = /^(\S+)\s+of\s+(?:the\s+)?(?=\p{Lu})/iu;

/** English weekday and month names (the vocabulary's): "Monday", "March" opening a capitalised run are no name. */
const WEEKDAYS = fullWeekdayNames(['en']);
const MONTHS = fullMonthNames(['en']);
export const LEADING_JUNK = new RegExp(
  `^(?:(?:the|die|der|das|den|dem|des|${WEEKDAYS.join('|')}|on|in|at|last|this|next|u\\.s\\.|us|uk|chinese|russian|american|british|french|german|foreign|state|vice|deputy|former|acting)\\s+)+`,
  'i',
);
const DATE_WORD = new RegExp(`^(?:${[...WEEKDAYS, ...MONTHS].join('|')}|the)$`, 'i');
const TRAILING_GENERIC = /\s+(?:region|area|province|state|city|county)$/i;

export function tagged(tags: readonly string[], kinds: Set<string>): boolean {
  return tags.some((tag) => kinds.has(tag));
}

export const PLACE_CUE =
  /\b(?:city|town|village|county|province|region|island|port|capital) of (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/gu;

/** A capitalised run longer than this is a menu or a headline, not one organisation's name. */
export const MAX_ORG_WORDS = 6;
/** Organisation nouns that name no organisation alone ("the Ministry said"). */
export const GENERIC_ORG =
  /^(?:Ministry|University|Council|Party|Bank|Group|Agency|Committee|Commission|Company|Institute|Department|Foundation|Fund|Union|Court|Congress|Parliament|Government|Police|Army|Office|Board|Authority|Association|Corporation|Organi[sz]ation|Inc|Corp)$/u;

/**
 * The body's sentences: paragraphs that read as prose (six words or more ending like a sentence, or twelve
 * words or more). Short title-case lines (a related list's headlines, a menu the cleaner kept) name no one.
 */
export function proseOf(body: string): string {
  const kept: string[] = [];
  for (const paragraph of body.split(/\n{2,}/)) {
    const words = countWordsFast(paragraph);
    if (words >= 12 || (words >= 6 && /[.!?…]["”’)]?\s*$/u.test(paragraph))) kept.push(paragraph);
  }
  return kept.join('\n\n');
}

/**
 * The entities of a page in `language` without the one-word ones that are function words of that language: a
 * capitalised word opening a German sentence ("Ist", "Den", "Seine") is in the lexicon as a place, and on a
 * German page it is a verb, an article, a pronoun. On an English page (or an unknown language) nothing is dropped;
 * on a French page "Seine" stays a river. Applied to either reader's lists (extractEntities, extractEntitiesFast).
 */
export function withoutFunctionWords(entities: Entities, language: string | null): Entities {
  const words = ownFunctionWords(language);
  if (words.size === 0) return entities;
  // As a sentence opens it ("Ist", "Den"), not an acronym ("EU" on a Portuguese page is the union, not "eu", I).
  const keep = (name: string) =>
    name.includes(' ') || name.slice(1) !== name.slice(1).toLowerCase() || !words.has(name.toLowerCase());
  return {
    people: entities.people.filter(keep),
    places: entities.places.filter(keep),
    organizations: entities.organizations.filter(keep),
  };
}

/**
 * Either reader's places as the record lists them: those the page's language may name (namedInLanguage), at most
 * MAX_PER_KIND, a place in capitals written as its name is (unshouted).
 */
export function listedPlaces(places: readonly string[], language: string | null | undefined): string[] {
  return places
    .filter((place) => namedInLanguage(place, language))
    .slice(0, MAX_PER_KIND)
    .map(unshouted);
}

/**
 * A place the page may name: not a country as another language than the page's names it (lexicon.ts reads the
 * countries of the vocabulary's languages): "Island" is Iceland on a German page and an island on an English one,
 * "Chili" Chile on a French page and a dish elsewhere. Without a language given (`undefined`) every place stays.
 * Applied by either reader before its list is cut to MAX_PER_KIND.
 */
export function namedInLanguage(place: string, language: string | null | undefined): boolean {
  if (language === undefined) return true;
  const languages = countryNameLanguages(place.toLowerCase());
  return languages === undefined || (language !== null && languages.has(language));
}

/** Particles inside a name ("Jessica von Bredow-Werndl", "Robert De Niro"): the word after one is the name's. */
const NAME_PARTICLE = /^(?:von|van|de|der|den|del|della|di|da|dos|du|la|le|zu|ter|bin|al)$/i;

/**
 * German capitalises its nouns, so a known given name's run takes the noun after the surname along ("Claudia
 * Brandes Bürgermeisterin", "Manuel Gerres Tweet", "Niko Härting Internetrecht"). On a German page a person of
 * three words loses the third when the body names the first two without it elsewhere, and the second is no given
 * name nor particle ("Wolfgang Amadeus Mozart", "Richard David Precht", "Jessica von Bredow-Werndl" stay). Applied
 * to either reader's list, as withoutFunctionWords is.
 */
export function withoutNounTails(entities: Entities, body: string, language: string | null): Entities {
  if (languageCode(language) !== 'de') return entities;
  // The part of the body the readers take people from: each look-up is then bounded, whatever the body's length.
  const read = body.length > MAX_CHARS ? body.slice(0, MAX_CHARS) : body;
  const cut = (person: string): string => {
    const words = person.split(' ');
    if (words.length !== 3 || isGivenName(words[1]!) || NAME_PARTICLE.test(words[1]!)) return person;
    const two = `${words[0]} ${words[1]}`;
    return namedWithout(read, two, ` ${words[2]}`) ? two : person;
  };
  return { ...entities, people: [...new Set(entities.people.map(cut))] };
}

/** Whether `body` writes `name` somewhere not followed by `tail` (nor by another letter of a longer word). */
function namedWithout(body: string, name: string, tail: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (body.startsWith(tail, end)) continue;
    if (!/[\p{L}\p{N}]/u.test(body.charAt(end))) return true;
  }
  return false;
}

/** People, places and organisations named in the body's prose, deduplicated, surnames folded into full names. */
export function extractEntities(body: string, language?: string | null): Entities {
  const text = proseOf(body.slice(0, MAX_CHARS));
  if (text.trim().length === 0) return { people: [], places: [], organizations: [] };
  const rawPeople: string[] = [
    ...[...text.matchAll(TITLE_CUE)].map((match) => match[1] ?? ''),
    ...[...text.matchAll(SPEAKER_CUE)].map((match) => match[1] ?? ''),
  ];
  // "the city of Portwell", "the village of Lindau Mill": the noun says it is a place, known or not.
  const rawPlaces: string[] = [...text.matchAll(PLACE_CUE)].map((match) => match[1] ?? '');
  const rawOrganizations: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const run = tidy(match[0]);
    const words = run.split(' ');
    const organization = runOrganization(run, words.length, language);
    if (organization !== null) {
      rawOrganizations.push(organization.name);
      if (organization.whole) continue;
    }
    for (let i = 0; i < words.length; i++) {
      // A known given name and one or two capitalised words after it: "Janet Yellen".
      if (opensPersonName(words[i] ?? '') && i + 1 < words.length) {
        rawPeople.push(personWindow(words, i));
        break;
      }
      for (const size of [3, 2, 1]) {
        const window = words.slice(i, i + size);
        if (window.length < size) continue;
        // One lexicon look-up per window, read for both kinds.
        const joined = window.join(' ');
        const tags = lexiconTags(joined);
        if (tagged(tags, PLACE_TAGS) && !(size === 1 && isAirportCode(joined, words.length === 1))) {
          rawPlaces.push(joined);
          i += size - 1;
          break;
        }
        if (tagged(tags, ORG_TAGS)) {
          rawOrganizations.push(joined);
          i += size - 1;
          break;
        }
      }
    }
  }
  const people = foldSurnames(uniqueInTextOrder(rawPeople.map(cleanPerson).filter(isPresent), text));
  const personWords = new Set(people.flatMap((person) => person.toLowerCase().split(' ')));
  const places = uniqueInTextOrder(
    rawPlaces
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
  const named = personNames(people);
  const organizations = withoutCompanyStems(
    uniqueInTextOrder(
      rawOrganizations
        .map((org) => cleanOrganization(org))
        .filter(isPresent)
        .filter((org) => !placeSet.has(org.toLowerCase()) && !namesAPerson(org, named)),
      text,
    ),
  );
  return {
    people: people.slice(0, MAX_PER_KIND),
    places: listedPlaces(places, language),
    organizations: organizations.slice(0, MAX_PER_KIND),
  };
}

/**
 * A place written in capitals, as a wire dateline writes it ("WASHINGTON (AP) —", "LOS ANGELES, Dec 2"), as its name
 * is written: every word title-cased when the place has several ("Los Angeles"), a word of four letters or more
 * when it is one ("Panama"); a shorter one alone is an abbreviation ("USA", "UK") and stays.
 */
export function unshouted(place: string): string {
  if (place !== place.toUpperCase() || place === place.toLowerCase()) return place;
  const several = place.includes(' ');
  return place.replace(/\p{Lu}+/gu, (word) =>
    several || word.length >= 4 ? word.charAt(0) + word.slice(1).toLowerCase() : word,
  );
}

/**
 * The organisations without a legal form alone ("Ltd", which the lexicon tags) and without the bare name of a
 * company also named with its legal form ("Chevron" beside "Chevron Corp": the lexicon knows the one, the legal
 * form names the other).
 */
export function withoutCompanyStems(organizations: string[]): string[] {
  const stems = new Set<string>();
  for (const org of organizations) {
    const space = org.lastIndexOf(' ');
    if (space > 0 && isLegalForm(org.slice(space + 1))) stems.add(org.slice(0, space));
  }
  return organizations.filter((org) => !stems.has(org) && !isLegalForm(org));
}

/**
 * The person a known given name opens in a capitalised run (its words): the name and the next two words ("Janet
 * Yellen", "Ludwig von Mises"). When the third is a particle the run goes on past the surname: the name of a
 * double surname when the run ends with it ("Pablo Hernández de Cos", "Maria Aparecida da Costa"), else a body or a
 * place the surname is joined to ("Mark Zuckerberg of Meta", "Anna Müller von Greenpeace"), which is none of it.
 */
export function personWindow(words: readonly string[], i: number): string {
  const third = words[i + 2];
  const capital = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);
  if (third === undefined || capital(third) || !capital(words[i + 1])) return words.slice(i, i + 3).join(' ');
  const doubleSurname = SURNAME_PARTICLES.has(third) && i + 4 === words.length && capital(words[i + 3]);
  return words.slice(i, i + (doubleSurname ? 4 : 2)).join(' ');
}

/** Particles of a double surname (personWindow). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'van',
  'du',
]);

export function isPresent(value: string | null): value is string {
  return value !== null && value.length > 0;
}

export function tidy(text: string): string {
  return text
    .replace(/[’']s\b/gu, '')
    .replace(/^[\s"'“”‘’([…]+|[\s"'“”‘’)\].,;:!?…]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Minister Sergei Lavrov" → "Sergei Lavrov"; a bare role ("President") → null. */
export function cleanPerson(raw: string): string | null {
  const words = tidy(raw).split(' ');
  while (
    words.length > 0 &&
    (isRoleWord(words[0] ?? '') || /^(?:of|state|foreign|the|vice)$/i.test(words[0] ?? ''))
  )
    words.shift();
  // "The Ministry said": the run's one word left is an organisation's noun, not a person's name.
  if (words.length === 1 && GENERIC_ORG.test(words[0] ?? '')) return null;
  const name = words.join(' ');
  // "the European Commission said": a name that ends in an organisation's noun is the organisation's, unless a
  // known given name opens it ("Margaret Court said").
  if (ORG_SUFFIX.test(name) && !isGivenName(words[0] ?? '')) return null;
  // "Analysts at Goldman Sachs said": a name the lexicon knows whole as an organisation or a place is none.
  if (words.length > 1 && !isGivenName(words[0] ?? '')) {
    const tags = lexiconTags(name);
    if (tagged(tags, ORG_TAGS) || tagged(tags, PLACE_TAGS)) return null;
  }
  return asPersonName(name, 1);
}

/**
 * The page's people as an organisation's name can stand for them: each full name and each surname (the last word of
 * a name of two words or more), lower case. Built once per page: `namesAPerson` is asked per organisation.
 */
export interface PersonNames {
  full: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

export function personNames(people: readonly string[]): PersonNames {
  const full = new Set<string>();
  const surnames = new Set<string>();
  for (const person of people) {
    const name = person.toLowerCase();
    full.add(name);
    const space = name.lastIndexOf(' ');
    if (space > 0) surnames.add(name.slice(space + 1));
  }
  return { full, surnames };
}

/**
 * Whether an organisation's name is a person's of the page: the same name, or the surname alone ("Dell" where the
 * page names "Michael Dell", "Ford" beside "Tom Ford"): the company named after someone is read as them.
 */
export function namesAPerson(org: string, names: PersonNames): boolean {
  const lower = org.toLowerCase();
  return names.full.has(lower) || (!lower.includes(' ') && names.surnames.has(lower));
}

export function cleanPlace(raw: string): string | null {
  const place = tidy(raw).replace(LEADING_JUNK, '').replace(TRAILING_GENERIC, '');
  if (place.length < 2 || !/^\p{Lu}/u.test(place) || /\d/.test(place)) return null;
  if (place.split(' ').some((word) => !/^(?:\p{Lu}|of$|the$|and$|de$|la$)/u.test(word))) return null;
  return place;
}

export function cleanOrganization(raw: string): string | null {
  const words = tidy(raw).split(' ');
  while (words.length > 0 && DATE_WORD.test(words[0] ?? '')) words.shift();
  const org = words.join(' ');
  if (org.length < 2 || !/^\p{Lu}/u.test(org) || GENERIC_ORG.test(org)) return null;
  return org;
}

/** Case-insensitive dedupe, ordered by first mention in the text. */
export function uniqueInTextOrder(values: string[], text: string): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  // Each value's first mention found once (a search per comparison was n log n searches of the text).
  const at = new Map<string, number>();
  for (const value of seen.values()) at.set(value, position(value, text));
  return [...seen.values()].sort((a, b) => at.get(a)! - at.get(b)!);
}

function position(value: string, text: string): number {
  const at = text.indexOf(value);
  return at === -1 ? text.length : at;
}

/** "Yellen" folds into "Janet Yellen"; "Sergei Lavrov" into a longer name that contains it. */
export function foldSurnames(people: string[]): string[] {
  // Each name's words split once, not once per pair of names.
  const wordsOf = people.map((person) => person.split(' '));
  return people.filter((person, i) => {
    const words = wordsOf[i]!;
    return !people.some((other, j) => {
      if (other === person) return false;
      const otherWords = wordsOf[j]!;
      if (otherWords.length <= words.length) return false;
      return (
        otherWords.slice(-words.length).join(' ') === person ||
        (otherWords.slice(0, words.length).join(' ') === person && words.length > 1)
      );
    });
  });
}

/** The full name for a short mention: "Yellen" → "Janet Yellen" when the article named her. */
export function resolvePerson(mention: string, people: string[]): string | null {
  const clean = tidy(mention);
  if (clean.length === 0) return null;
  const exact = people.find((person) => person === clean);
  if (exact) return exact;
  const words = clean.split(' ');
  // "De Jonge" of "Hugo de Jonge": a surname's particle opening a sentence or a clause takes a capital.
  const withLowerParticle =
    words.length > 1 && NAME_PARTICLE.test(words[0]!)
      ? `${words[0]!.toLowerCase()}${clean.slice(words[0]!.length)}`
      : null;
  const suffix = people.find((person) => {
    const personWords = person.split(' ');
    if (personWords.length < words.length) return false;
    const tail = personWords.slice(-words.length).join(' ');
    return tail === clean || (tail === withLowerParticle && personWords.length > words.length);
  });
  if (suffix) return suffix;
  // "Pablo Hernández" of "Pablo Hernández de Cos": a capitalised run stops at the surname's particle.
  const particled = people.find(
    (person) => person.startsWith(`${clean} `) && /^\p{Ll}/u.test(person.slice(clean.length + 1)),
  );
  if (particled) return particled;
  // "State Antony Blinken": a known name at the end of a longer capitalised run.
  const contained = people
    .filter((person) => clean.endsWith(` ${person}`))
    .sort((a, b) => b.length - a.length)[0];
  return contained ?? null;
}
