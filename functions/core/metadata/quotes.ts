import { STOP_WORDS } from '../cleaning/text.ts';
import type { Quote } from '../types.ts';
import { LANGUAGES, type LanguageVocabulary, languageCode, vocabularyOf } from '../vocabulary/index.ts';
import { sentenceStartBefore, sentenceStarts } from '../words.ts';
import { countWordsFast } from '../words-fast.ts';
import { resolvePerson } from './entities.ts';
import { alternation } from './labels.ts';
import { tagsOf } from './lexicon.ts';
import { asPersonName, genderOf, isGivenName, isKnownNonName, isRoleWord, opensPersonName } from './names.ts';

/**
 * A quoted passage (2-1,200 characters; bounded: no runaway spans), the inner text in the first group that
 * matched: English curly pairs “…”, straight pairs "…" for text typed without them, German „…“ (closed by “ or
 * ”), guillemets «…» (French, Spanish, Italian, Portuguese, Russian) and »…« (German), and British single curly
 * quotes ‘…’ (an apostrophe inside, "don’t", is no closing mark: it has a letter after it).
 */
const QUOTED =
  /“([^“”]{2,1200})”|"([^"\n]{2,1200})"|„([^„“”]{2,1200})[“”]|«([^«»]{2,1200})»|»([^»«]{2,1200})«|‘((?:[^‘’\n]|’(?=\p{L})){2,1200}?)’(?!\p{L})/gu;
/** The quotation marks QUOTED opens and closes with (not "’", which is also the apostrophe). */
const QUOTE_MARKS = '"“”„«»‘';
/** Any quotation mark QUOTED reads: a line without one holds no quote. */
const QUOTE_MARK = new RegExp(`[${QUOTE_MARKS}]`, 'u');
/** After a word: the next character is no letter, digit or underscore (`\b` knows ASCII letters only). */
const END = '(?![\\p{L}\\p{N}_])';
const START = '(?<![\\p{L}\\p{N}_])';
const MIN_QUOTE_WORDS = 2;
const MIN_SINGLE_QUOTE_WORDS = 4;
/**
 * What stands between a quote's closing mark and its attribution: a comma or a period ("”, said …"), or a dash,
 * as Polish writes it ("„…” – powiedział Jan Nowak", "„…” — mówi").
 */
const AFTER_MARK = '(?:[,.]|[,.]?\\s*[–—-])?';
const MAX_QUOTES = 50;
/**
 * Quoted spans whose attribution is read, per page: a page's statements are far fewer (of the bench's pages as text,
 * markdown and HTML, at most 200), and each costs the speech verbs' patterns, every vocabulary language's on a page of no known
 * language (a paragraph of 40,000 unclosed quotation marks took 1.5 s to 17 s at 2 MB).
 */
const MAX_QUOTED = 1000;
const ROLE_WORD = '\\p{L}{3,}(?:-\\p{L}+)*';
/** The role: one word after the article, or the second when the first modifies it ("the former mayor"). */
const ROLE = `(${ROLE_WORD})(?:\\s+(${ROLE_WORD}))?`;
/** How far around a person's mention the role that names them may stand ("The mayor of Springfield, Jane Doe"). */
const ROLE_REACH = 60;
/**
 * Direct speech opened by a dash, as Polish, Spanish, Portuguese, Italian and the Nordic languages print it: a
 * paragraph that opens with a dash, the words spoken (group 1), then a dash before the attribution in lower case
 * (group 2 its first letter: "– To odpowiedź … – powiedziała rzeczniczka Anna Wójcik.", "—La política … —afirmó la
 * gobernadora."). The dash before the attribution is the first one with a space on one side at least.
 */
const DIALOGUE = /^[–—―]\s?([^–—―\n]{2,1200}?)\s?[–—―]\s?(\p{Ll})/u;
/** A paragraph of the body that opens with a dash: only then is DIALOGUE tried. */
const DIALOGUE_START = /(?:^|\n)[–—―]/u;

/** The attribution patterns of one language (with English's, which pages of every language quote in). */
interface QuotePatterns {
  /** "… Mao Ning said, “" / "She added that “" / "Müller sagte: „": the subject right before the last speech verb. */
  speakerBefore: RegExp;
  /** "”, Pineda asked" / "” she said" / "», a-t-il déclaré". */
  speakerAfterSubject: RegExp;
  /** "” said Melissa Cranon", "“, sagte Bürgermeisterin Anna Berg" (up to three lower-case words between). */
  speakerAfterVerb: RegExp;
  /**
   * "”, said the committee's chair, Tom Whitaker", "», a déclaré le maire, Grégory Doucet", "”, dijo la ministra
   * de Vivienda, Isabel Rodríguez": the speaker's role (opening lower case, at most six words), a comma, the name.
   */
  speakerAfterRole: RegExp;
  /** "“, sagte er", "», explique-t-elle", "”, zei hij": a pronoun after the verb. */
  pronounAfterVerb: RegExp | null;
  /** A language that drops its subject pronouns: the verb alone after the quote ("”, señaló."). */
  verbAlone: RegExp | null;
  /** "“, so Müller", "», selon Jean Dupont". */
  accordingTo: RegExp | null;
  /** A speech verb or an according-to word right after the closing mark: the attribution clause's start. */
  clauseStart: RegExp;
  /**
   * A role with a definite article as the speaker (groups 1 and 2 its one or two words): "”, said the mayor", "», a déclaré le
   * maire", "“, sagte die Oberbürgermeisterin" after the quote; "”, the mayor said" after it; "The mayor said: “"
   * before it (`roleBefore`).
   */
  roleAfterVerb: RegExp;
  roleSubject: RegExp;
  roleBefore: RegExp;
  hasVerb: RegExp;
  he: ReadonlySet<string>;
  she: ReadonlySet<string>;
  /** Words of the page's language that open no name ("Der Sprecher", "La porte-parole"): its function words and
   * role nouns, lower case (none for English, whose speaker runs start with a capital name). */
  notName: ReadonlySet<string>;
  /** English: a speaker outside the body's people may be one word ("said Pineda"); other languages capitalise nouns
   * ("sagte der Sprecher") or write a role before the name, so there it needs two words. */
  minSpeakerWords: number;
  /**
   * The language capitalises its nouns (German): a capitalised run after the verb is a person only from a known
   * given name on ("sagte Bundeskanzler Olaf Scholz").
   */
  nounsCapitalised: boolean;
  /** The page's language's function words that are no article: one between the verb and a name governs it. */
  governing: ReadonlySet<string>;
}

const PATTERNS = new Map<string, QuotePatterns>();

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** What patternsOf reads of a language: its quote words, and the words that open no name in it. */
interface QuoteLanguage {
  /** The quote words besides English's (null on an English page or one of a language without a vocabulary). */
  words: LanguageVocabulary['quotes'] | null;
  stopWords: readonly string[];
  roles: readonly string[];
}

/**
 * The quote words of a language key (quoteLanguageKey) as patternsOf reads them. A page too short to tell its language ("„…“, sagte Stefan Keller."
 * alone) is read with the quote words of every vocabulary language, as a page of a language that capitalises its
 * nouns is (a speaker needs a known given name).
 */
function quoteLanguage(key: string): QuoteLanguage {
  const own = key === 'any' ? undefined : vocabularyOf(key);
  if (own && own.code !== 'en') return { words: own.quotes, stopWords: own.stopWords, roles: own.bio.roles };
  if (key !== 'any') return { words: null, stopWords: [], roles: [] };
  const others = LANGUAGES.filter((other) => other.code !== 'en');
  const all = <T>(read: (quotes: LanguageVocabulary['quotes']) => readonly T[]) => [
    ...new Set(others.flatMap((other) => read(other.quotes))),
  ];
  return {
    words: {
      verbs: all((quotes) => quotes.verbs),
      accordingTo: all((quotes) => quotes.accordingTo),
      he: all((quotes) => quotes.he),
      she: all((quotes) => quotes.she),
      they: all((quotes) => quotes.they),
      dropsSubject: false,
      articles: all((quotes) => quotes.articles),
    },
    stopWords: [...new Set(others.flatMap((other) => other.stopWords))],
    roles: [...new Set(others.flatMap((other) => other.bio.roles))],
  };
}

/**
 * The key patternsOf caches a page's language under: the vocabulary's code, 'en' for English and a language with
 * no vocabulary, 'any' for a page of no detected language.
 */
function quoteLanguageKey(language: string | null): string {
  const own = vocabularyOf(language);
  if (own) return own.code;
  return languageCode(language) !== null ? 'en' : 'any';
}

function patternsOf(language: string | null): QuotePatterns {
  const key = quoteLanguageKey(language);
  const known = PATTERNS.get(key);
  if (known) return known;
  // Read once per key: for 'any', the union of every vocabulary language's words.
  const own = quoteLanguage(key);
  const english = vocabularyOf('en')!.quotes;
  const words = own.words;
  const verbs = [...english.verbs, ...(words?.verbs ?? [])];
  const he = [...english.he, ...(words?.he ?? [])];
  const she = [...english.she, ...(words?.she ?? [])];
  const they = [...english.they, ...(words?.they ?? [])];
  const pronouns = [...he, ...she, ...they];
  const VERB = `(?:${alternation(verbs)})`;
  const articles = [...english.articles, ...(words?.articles ?? [])];
  const glued = articles.filter((article) => article.endsWith("'"));
  const ARTICLE = `${START}(?:(?:${alternation(articles.filter((a) => !a.endsWith("'")))})${END}${
    glued.length > 0 ? `|${alternation(glued.map((a) => a.slice(0, -1)))}['’]` : ''
  })`;
  const PRONOUN = `(${alternation([...pronouns, ...pronouns.map(capitalised)])})`;
  const NAME_RUN = `(?!(?:${alternation(pronouns.map(capitalised))})${END})(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,6})`;
  const patterns: QuotePatterns = {
    speakerBefore: new RegExp(
      `(?:${NAME_RUN}|${START}${PRONOUN})\\s+(?:\\p{Ll}+\\s+)?${VERB}${END}[^${QUOTE_MARKS}]*$`,
      'u',
    ),
    speakerAfterSubject: new RegExp(`^\\s*${AFTER_MARK}\\s*(?:${NAME_RUN}|${PRONOUN})\\s+${VERB}${END}`, 'u'),
    speakerAfterVerb: new RegExp(`^\\s*${AFTER_MARK}\\s*${VERB}\\s+(?:\\p{Ll}+\\s+){0,3}${NAME_RUN}`, 'u'),
    speakerAfterRole: new RegExp(
      `^\\s*${AFTER_MARK}\\s*${VERB}\\s+\\p{Ll}[\\p{L}'’-]*(?:\\s+[\\p{L}'’.-]+){0,5},\\s+${NAME_RUN}`,
      'u',
    ),
    pronounAfterVerb: words
      ? new RegExp(`^\\s*${AFTER_MARK}\\s*${VERB}(?:\\s+|-t-|-)(${alternation(pronouns)})${END}`, 'u')
      : null,
    verbAlone: words?.dropsSubject ? new RegExp(`^\\s*${AFTER_MARK}\\s*${VERB}\\s*(?:[.;:!?]|$)`, 'u') : null,
    accordingTo:
      words && words.accordingTo.length > 0
        ? new RegExp(
            `^\\s*${AFTER_MARK}\\s*(?:${alternation(words.accordingTo)})\\s+(?:\\p{Ll}+\\s+){0,3}${NAME_RUN}`,
            'u',
          )
        : null,
    clauseStart: new RegExp(
      `^\\s*${AFTER_MARK}\\s*(?:${alternation([...verbs, ...(words?.accordingTo ?? [])])})${END}`,
      'u',
    ),
    roleAfterVerb: new RegExp(`^\\s*${AFTER_MARK}\\s*${VERB}\\s+${ARTICLE}\\s*${ROLE}`, 'iu'),
    roleSubject: new RegExp(
      `^\\s*${AFTER_MARK}\\s*${ARTICLE}\\s*${ROLE}\\s+(?:\\p{Ll}+\\s+)?${VERB}${END}`,
      'iu',
    ),
    roleBefore: new RegExp(
      `${START}${ARTICLE}\\s*${ROLE}\\s+(?:\\p{Ll}+\\s+)?${VERB}${END}[^${QUOTE_MARKS}]*$`,
      'iu',
    ),
    hasVerb: new RegExp(`${START}${VERB}${END}`, 'u'),
    he: new Set(he),
    she: new Set(she),
    notName: new Set([...own.stopWords, ...own.roles]),
    minSpeakerWords: words ? 2 : 1,
    // German capitalises its nouns; a page of no known language may be German.
    nounsCapitalised: key === 'de' || key === 'any',
    governing: new Set(own.stopWords.filter((word) => !words?.articles.includes(word))),
  };
  PATTERNS.set(key, patterns);
  return patterns;
}

/**
 * Quoted statements with their speaker. Only quotes attributed by a speech verb count (scare quotes and titles
 * do not); a surname resolves to the full name mentioned earlier; "he said" / "She added" is the nearest person
 * named before the quote whom the pronoun can refer to (he: not a known woman's name, she: not a known man's),
 * else null. Speaker null when the text names nobody ("said the source"). `language` null: the page's language
 * is unknown (too short to tell), and every vocabulary language's quote words are read.
 */
export function extractQuotes(body: string, people: string[], language: string | null = 'en'): Quote[] {
  // No quotation mark, no quote: not a paragraph to split (10 MB of one-word blocks: a million of them).
  if (!QUOTE_MARK.test(body) && !DIALOGUE_START.test(body)) return [];
  const patterns = patternsOf(language);
  const quotes: Quote[] = [];
  const mentions = personMentions(body, people);
  // A quote at `at`: "he" and "the mayor" are read from the people named before it.
  const attributeAt = (before: string, after: string, at: number) =>
    attribute(before, after, {
      people,
      patterns,
      byPronoun: (pronoun) => nearestPerson(mentions, at, pronoun, patterns, body),
      byRole: (role) => personWithRole(mentions, at, role, body),
      bySurname: (surname) => fullNameBefore(body, at, surname, patterns),
    });
  let paragraphStart = 0;
  let read = 0;
  for (const paragraph of body.split(/\n{2,}/)) {
    const offset = body.indexOf(paragraph, paragraphStart);
    paragraphStart = offset + paragraph.length;
    const spoken = DIALOGUE.exec(paragraph);
    if (spoken) {
      // "– To odpowiedź na prośby mieszkańców – powiedziała rzeczniczka Anna Wójcik.": what follows the closing
      // dash is read as what follows a closing quotation mark.
      const inner = (spoken[1] ?? '').trim().replace(/[,;]$/, '');
      const closing = spoken[0].length - (spoken[2] ?? '').length;
      const after = paragraph.slice(closing, closing + 120);
      if (countWordsFast(inner) >= MIN_QUOTE_WORDS) {
        const attribution = attributeAt('', after, offset);
        if (attribution.attributed) {
          if (attribution.speaker) addMention(mentions, offset, attribution.speaker);
          quotes.push({ speaker: attribution.speaker, text: inner });
          if (quotes.length >= MAX_QUOTES) return quotes;
        }
      }
    }
    // QUOTED needs a quotation mark: most paragraphs of a long input have none (no match iterator for them).
    if (!QUOTE_MARK.test(paragraph)) continue;
    let starts: number[] | null = null;
    // The paragraph's last quote with a named speaker: a quote right after its attribution goes on in that voice.
    let previous: { speaker: string; end: number } | null = null;
    for (const match of paragraph.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? '').trim();
      // Single quotes also mark names and terms ("a sign that said ‘No Parking’"): a statement is longer.
      const least = match[6] === undefined ? MIN_QUOTE_WORDS : MIN_SINGLE_QUOTE_WORDS;
      if (countWordsFast(inner) < least) continue;
      if (++read > MAX_QUOTED) return quotes;
      const start = match.index;
      const end = start + match[0].length;
      starts ??= sentenceStarts(paragraph);
      const before = sentenceBefore(paragraph, start, starts);
      const after = paragraph.slice(end, end + 120);
      const attribution = attributeAt(before, after, offset + start);
      // "“This plant will power 50,000 homes,” said Jane Doe, CEO of Acme. “It is our largest project.”": a quote
      // with no attribution of its own after the attribution clause of the quote before it, in the same paragraph
      // and naming nobody else, is that speaker's too.
      if (attribution.speaker === null && previous !== null && !patterns.hasVerb.test(after.slice(0, 40))) {
        const speaker = continuedSpeaker(previous, paragraph.slice(previous.end, start), mentions, offset);
        if (speaker !== null) {
          attribution.attributed = true;
          attribution.speaker = speaker;
        }
      }
      if (!attribution.attributed) continue;
      // A named speaker is a mention too: "he" in a later quote may refer to them.
      if (attribution.speaker) addMention(mentions, offset + start, attribution.speaker);
      previous = attribution.speaker ? { speaker: attribution.speaker, end } : null;
      quotes.push({ speaker: attribution.speaker, text: inner.replace(/[,;]$/, '') });
      if (quotes.length >= MAX_QUOTES) return quotes;
    }
  }
  return quotes;
}

/**
 * The speaker of the quote before, for a quote that goes on after that one's attribution clause: the text between
 * them is a short clause (CONTINUED_CHARS) that names no other person of the page (`mentions`, offsets in the body;
 * the paragraph starts at `offset`).
 */
function continuedSpeaker(
  previous: { speaker: string; end: number },
  between: string,
  mentions: Mention[],
  offset: number,
): string | null {
  // One clause: at most the one sentence end that closes it ("”, said Jane Doe. “").
  if (between.length > CONTINUED_CHARS || (between.match(SENTENCE_END_INSIDE) ?? []).length > 1) return null;
  const from = offset + previous.end;
  const to = from + between.length;
  // The mentions are in text order: read only those between the two quotes.
  for (let k = mentionsBefore(mentions, from); k < mentions.length && mentions[k]!.offset < to; k++)
    if (mentions[k]!.person !== previous.speaker) return null;
  return previous.speaker;
}

/** An attribution clause between two quotes of one speaker: "”, said Jane Doe, chief executive of Acme. “". */
const CONTINUED_CHARS = 120;
/** A sentence's end inside a text: a full stop, a question or exclamation mark, then white space. */
const SENTENCE_END_INSIDE = /[.!?…](?=\s)/gu;

/** The sentence up to the quote (words.ts splits sentences), cut after an earlier closing quote. */
function sentenceBefore(paragraph: string, start: number, starts: number[]): string {
  const from = Math.max(sentenceStartBefore(paragraph, start, starts), start - 300);
  const head = paragraph.slice(from, start);
  const closing = Math.max(
    head.lastIndexOf('” '),
    head.lastIndexOf('" '),
    head.lastIndexOf('“ '),
    head.lastIndexOf('» '),
    head.lastIndexOf('« '),
    head.lastIndexOf('’ '),
  );
  return closing >= 0 ? head.slice(closing + 2) : head;
}

interface Mention {
  offset: number;
  person: string;
}

/** Every place the body names one of its people (full name or surname), in text order. */
function personMentions(body: string, people: string[]): Mention[] {
  const mentions: Mention[] = [];
  for (const person of people) {
    const surname = person.split(' ').at(-1) ?? person;
    for (const form of new Set([person, surname])) {
      if (form.length < 2) continue;
      let at = body.indexOf(form);
      while (at >= 0) {
        // The surname inside the full name is the full name's mention, not a second one.
        const from = at - (person.length - form.length);
        const inFullName = form !== person && from >= 0 && body.startsWith(person, from);
        if (!inFullName) mentions.push({ offset: at, person });
        at = body.indexOf(form, at + form.length);
      }
    }
  }
  return mentions.sort((a, b) => a.offset - b.offset);
}

function addMention(mentions: Mention[], offset: number, person: string): void {
  let k = mentions.length;
  while (k > 0 && mentions[k - 1]!.offset > offset) k--;
  mentions.splice(k, 0, { offset, person });
}

/** How far back a pronoun looks for the person it refers to. */
const PRONOUN_REACH = 12;

/**
 * The nearest person named before `offset` whom the pronoun can refer to, or null. For a dropped subject (no
 * pronoun: "”, señaló."), not a person named right after a function word: "su apoyo a Sandra Quiñónez", "la zona
 * de Centurión y Sierra de Ríos" name whom the sentence is about, not who spoke.
 */
function nearestPerson(
  mentions: Mention[],
  offset: number,
  pronoun: string,
  patterns: QuotePatterns,
  body: string,
): string | null {
  const lo = mentionsBefore(mentions, offset);
  const wanted = pronoun.toLowerCase();
  for (let k = lo - 1; k >= 0 && lo - k <= PRONOUN_REACH; k--) {
    const person = mentions[k]!.person;
    const gender = genderOf(person.split(' ')[0] ?? '');
    if (patterns.he.has(wanted) && gender === 'female') continue;
    if (patterns.she.has(wanted) && gender === 'male') continue;
    if (wanted === '' && STOP_WORDS.has(wordBefore(body, mentions[k]!.offset))) continue;
    return person;
  }
  return null;
}

/**
 * The nearest person named before `offset` whom the page tied to `role`: as a title right before the name
 * ("Mayor Jane Doe", "Oberbürgermeisterin Katja Hoffmann"), or in an apposition with a comma ("The mayor of
 * Springfield, Jane Doe", "Die Oberbürgermeisterin von Leipzig, Katja Hoffmann", "Jane Doe, a lawyer for the
 * family"); null when no mention is (a role the page never tied to a name: "said the source"; "Research at
 * Cambridge Judge Business School" ties no name to "the research"). A function word is no role.
 */
function personWithRole(mentions: Mention[], offset: number, role: string, body: string): string | null {
  const lower = role.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  const lo = mentionsBefore(mentions, offset);
  for (let k = lo - 1; k >= 0 && lo - k <= PRONOUN_REACH; k--) {
    const { offset: at, person } = mentions[k]!;
    const before = body.slice(Math.max(0, at - ROLE_REACH), at).toLowerCase();
    const after = body
      .slice(at + person.length, Math.min(offset, at + person.length + ROLE_REACH))
      .toLowerCase();
    if (tiedBefore(before, lower) || tiedAfter(after, lower)) return person;
  }
  return null;
}

/** An adjective or adverb by the lexicon's tags (English): "former", "new", "also". */
function isModifier(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((tag) => tag === 'Adjective' || tag === 'Adverb');
}

/** "mayor " / "the mayor of springfield, " right before a name (lower case). */
function tiedBefore(before: string, role: string): boolean {
  const at = before.lastIndexOf(role);
  if (at < 0 || /\p{L}/u.test(before[at - 1] ?? '') || /\p{L}/u.test(before[at + role.length] ?? ''))
    return false;
  const between = before.slice(at + role.length);
  return /^\s+$/u.test(between) || /^[^.;:!?,]{0,50},\s*$/u.test(between);
}

/**
 * ", a lawyer for the family" / ", the mayor" / ", former mayor": the role among the first three words after the
 * comma that follows a name (lower case); ", cree que la Comisión …" is a clause of its own, no apposition.
 */
function tiedAfter(after: string, role: string): boolean {
  const clause = /^,\s*([^.;:!?,]{0,50})/u.exec(after)?.[1];
  if (!clause) return false;
  return clause
    .split(/[^\p{L}-]+/u)
    .slice(0, 3)
    .includes(role);
}

/** How many mentions (sorted by offset) stand before `offset`: a binary search. */
function mentionsBefore(mentions: Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word before `offset` in `text`, lower case ("" at a sentence's or a clause's start). */
function wordBefore(text: string, offset: number): string {
  const head = text.slice(Math.max(0, offset - 30), offset);
  const match = /(\p{L}+)\s+$/u.exec(head);
  return match ? match[1]!.toLowerCase() : '';
}

interface Attribution {
  attributed: boolean;
  speaker: string | null;
}

/** Who a quote's attribution can name, read from the page around the quote. */
interface Speakers {
  people: string[];
  patterns: QuotePatterns;
  /** The person "he", "she" or a dropped subject ('') refers to. */
  byPronoun(pronoun: string): string | null;
  /** The person the page tied to a role ("the mayor"). */
  byRole(role: string): string | null;
  /** The full name the page wrote earlier for a surname alone ("la Pr Joly-Gomez"). */
  bySurname(surname: string): string | null;
}

function attribute(before: string, after: string, speakers: Speakers): Attribution {
  const { people, patterns } = speakers;
  const pronoun = patterns.pronounAfterVerb?.exec(after);
  if (pronoun) return { attributed: true, speaker: speakers.byPronoun(pronoun[1]!) };
  // "”, señaló.": the subject the language dropped is the nearest person named before, of either gender.
  if (patterns.verbAlone?.test(after)) return { attributed: true, speaker: speakers.byPronoun('') };
  // A role between the verb and the name: before speakerAfterVerb, which would take the role's capitalised word
  // ("dijo la ministra de Vivienda"). The name must be a known person's or open with a known given name; where
  // the language writes its nouns in lower case, a name the lexicon does not know will do ("—afirmó el portavoz
  // del PP, Borja Sémper"), when no word of it is one the lexicon knows as no name.
  const role = patterns.speakerAfterRole.exec(after);
  if (role) {
    const speaker = speakerOf(role[1], undefined, speakers, !patterns.nounsCapitalised);
    const words = speaker?.split(' ') ?? [];
    if (
      speaker &&
      (people.includes(speaker) ||
        (words.length >= 2 &&
          (opensPersonName(words[0]!) || (!patterns.nounsCapitalised && !words.some(isKnownNonName)))))
    )
      return { attributed: true, speaker };
  }
  // "”, the mayor said" / "», a déclaré le maire" / "“, sagte die Oberbürgermeisterin": the person the page named
  // with that role before the quote.
  // The role is the word after the article, or the next one when the first modifies it ("said the former mayor";
  // before the verb the other way round: "the mayor also said").
  const roleNoun = () => {
    const afterVerb = patterns.roleAfterVerb.exec(after);
    const subject = afterVerb ? null : (patterns.roleSubject.exec(after) ?? patterns.roleBefore.exec(before));
    const words = afterVerb ? [afterVerb[1], afterVerb[2]] : subject ? [subject[2], subject[1]] : [];
    for (const word of words) {
      // A modifier is no role ("the former mayor": "a former editor" names someone else).
      const person = word && !isModifier(word) ? speakers.byRole(word) : null;
      if (person) return person;
    }
    return null;
  };
  for (const pattern of [patterns.speakerAfterVerb, patterns.speakerAfterSubject, patterns.accordingTo]) {
    const match = pattern?.exec(after);
    if (match) {
      // A name the lexicon lacks may be the subject ("”, Rafał Trzaskowski powiedział") or stand after the verb
      // with nothing but a role between ("– powiedział prezydent miasta Rafał Trzaskowski"); not after a
      // preposition ("powiedział w rozmowie z Polską Agencją Prasową": whom he spoke to), nor after "according
      // to" (Polish puts the name in the genitive there: "według Rafała Trzaskowskiego").
      const unknown =
        pattern === patterns.speakerAfterSubject ||
        (pattern === patterns.speakerAfterVerb && !governed(match[0], match[1], patterns));
      const speaker = speakerOf(match[1], match[2], speakers, unknown);
      return { attributed: true, speaker: speaker ?? nameAfterRole(after, patterns) ?? roleNoun() };
    }
  }
  const match = patterns.speakerBefore.exec(before);
  if (match)
    return {
      attributed: true,
      speaker: speakerOf(match[1], match[2], speakers) ?? roleNoun(),
    };
  const byRole = roleNoun();
  if (byRole) return { attributed: true, speaker: byRole };
  if (patterns.hasVerb.test(before) || patterns.hasVerb.test(after.slice(0, 40)))
    return { attributed: true, speaker: null };
  return { attributed: false, speaker: null };
}

/**
 * The speaker named after a role in the attribution clause, where the patterns above stop at the role's first
 * capital: German capitalises its role nouns ("“, so der Geschäftsführer der DGB-Region Mittelhessen, Matthias
 * Körner", "“, sagt der Publizist und Philosoph Richard David Precht im DLF"). The first known given name of the
 * clause (up to its sentence's end) followed by a capitalised word, right after a capitalised word (the role) or
 * a comma: after a lower-case word it is someone else ("die Sprecherin von Anna Berg").
 */
function nameAfterRole(after: string, patterns: QuotePatterns): string | null {
  const lead = patterns.clauseStart.exec(after);
  if (!lead) return null;
  const clause = after.slice(lead[0].length).split(CLAUSE_END, 1)[0] ?? '';
  const words = clause.trim().split(/\s+/u).slice(0, MAX_CLAUSE_WORDS);
  // Whether a function word other than the clause's first (its article) or a conjunction stands before word i:
  // "sagte der AfD-Mann über den SPD-Parteivorsitzenden Martin Schulz" names whom he spoke about.
  let governed = false;
  for (let i = 1; i + 1 < words.length; i++) {
    const previous = words[i - 1]!;
    const lower = previous.toLowerCase();
    if (i > 1 && STOP_WORDS.has(lower) && !CONJUNCTIONS.has(lower)) governed = true;
    const apposition = previous.endsWith(',') || (/^\p{Lu}/u.test(previous) && !governed);
    if (!apposition) continue;
    if (!opensPersonName(words[i]!) || !/^\p{Lu}\p{Ll}/u.test(words[i + 1]!)) continue;
    let end = i + 2;
    while (end < words.length && end - i < 4 && /^\p{Lu}\p{Ll}/u.test(words[end]!)) end++;
    return asPersonName(words.slice(i, end).join(' '), 2);
  }
  return null;
}

/** Conjunctions between two roles ("der Publizist und Philosoph"): every vocabulary language's name conjunctions. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((language) => language.metadata.nameConjunctions),
);

/** Where an attribution clause ends: its sentence's end, a new quote or a line break. */
const CLAUSE_END = new RegExp(`[.!?;:${QUOTE_MARKS}\\n]`, 'u');
const MAX_CLAUSE_WORDS = 16;

/**
 * A title's abbreviation before a name, in the vocabulary's languages ("Pr", "Dr.", "Prof.", "Me", "Dott.ssa",
 * "Sra.", "Mgr", "Dhr."): not part of the name.
 */
const TITLE_ABBREVIATION =
  /^(?:dr|drs|pr|prof|m|mr|mrs|ms|me|mme|mlle|mgr|dott|dott\.ssa|sig|sig\.ra|sr|sra|srta|dña|dhr|mevr|hr|fr|ing)\.?$/iu;

/** How far back, in characters, a surname alone looks for the full name the page wrote before it. */
const SURNAME_REACH = 3000;

/**
 * The full name written before `offset` for a surname alone: the nearest "Given Surname" (the word before a
 * capitalised one that is no function word, role or title; on a page whose language capitalises its nouns, a
 * known given name). Null when the page wrote the surname alone only.
 */
function fullNameBefore(
  body: string,
  offset: number,
  surname: string,
  patterns: QuotePatterns,
): string | null {
  // A surname has a capital and a small letter at least ("I" in "Actually I remember" is none), and is no
  // function word.
  if (!/^\p{Lu}\p{Ll}/u.test(surname) || STOP_WORDS.has(surname.toLowerCase())) return null;
  const from = Math.max(0, offset - SURNAME_REACH);
  let at = body.lastIndexOf(` ${surname}`, offset);
  for (let tries = 0; at >= from && tries < 8; tries++) {
    const end = at + 1 + surname.length;
    // The surname as a whole word: not "Pinedas", not "Pineda-Ruiz".
    if (!/[\p{L}\p{N}-]/u.test(body[end] ?? '')) {
      // The whole word before it: "Jean-Paul" of "Jean-Paul Claverie", not "Paul".
      const given = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*\p{Ll})$/u.exec(
        body.slice(Math.max(0, at - 40), at),
      )?.[1];
      if (given && acceptsGivenName(given, patterns)) {
        const full = asPersonName(`${given} ${surname}`, 2);
        if (full) return full;
      }
    }
    at = body.lastIndexOf(` ${surname}`, at - 1);
  }
  return null;
}

/** Whether a capitalised word before a surname can be its given name on this page. */
function acceptsGivenName(word: string, patterns: QuotePatterns): boolean {
  if (patterns.nounsCapitalised) return isGivenName(word);
  const lower = word.toLowerCase();
  return !(
    STOP_WORDS.has(lower) ||
    patterns.notName.has(lower) ||
    isRoleWord(word) ||
    TITLE_ABBREVIATION.test(word) ||
    isKnownNonName(word)
  );
}

/** Whether a function word other than an article stands between the speech verb and the name (`clause` ends with it). */
function governed(clause: string, name: string | undefined, patterns: QuotePatterns): boolean {
  const before = clause.slice(0, clause.length - (name?.length ?? 0));
  // The words between the verb and the name: the verb's own ("», a déclaré": French's auxiliary "a", which is
  // Spanish's and Italian's "to") govern nothing.
  const verb = patterns.clauseStart.exec(before);
  const lead = (verb ? before.slice(verb[0].length) : before).toLowerCase();
  return lead.split(/[\s,.;:–—-]+/u).some((word) => patterns.governing.has(word));
}

/**
 * The speaker a capitalised run names: a person of the page, else the run as a name. On a page in another
 * language than English, a name the lexicon lacks counts (`unknown`: the caller saw it stand where a speaker does)
 * when the language writes its nouns in lower case and the run is two or three words; else it must open with a
 * known given name.
 */
function speakerOf(
  name: string | undefined,
  pronoun: string | undefined,
  speakers: Speakers,
  unknown = false,
): string | null {
  const { people, patterns } = speakers;
  if (pronoun) return speakers.byPronoun(pronoun);
  if (!name) return null;
  // A capitalised run ends with its sentence: "so Rostek. Die Grenze …" (a period after "Dr." ends none).
  const starts = sentenceStarts(name);
  const run = starts.length > 1 ? name.slice(0, starts[1]).trim().replace(/\.$/u, '') : name;
  const resolved = resolvePerson(run, people);
  if (resolved) return resolved;
  // An unknown run: drop leading role words and take what looks like a name.
  const words = run.split(/\s+/);
  while (
    words.length > 0 &&
    (isRoleWord(words[0] ?? '') ||
      /^(?:of|the|state|foreign|U\.S\.)$/i.test(words[0] ?? '') ||
      TITLE_ABBREVIATION.test(words[0] ?? '') ||
      patterns.notName.has((words[0] ?? '').toLowerCase()))
  )
    words.shift();
  // A surname alone ("said Pineda", "indique la Pr Joly-Gomez"): the full name the page wrote before it.
  if (words.length === 1) {
    const full = speakers.bySurname(words[0]!.replace(/[.,;:]+$/u, ''));
    if (full) return full;
  }
  if (
    unknown &&
    patterns.minSpeakerWords > 1 &&
    !patterns.nounsCapitalised &&
    words.length <= 3 &&
    !opensPersonName(words[0] ?? '')
  )
    return asPersonName(words.join(' '), 2);
  if (patterns.minSpeakerWords > 1) {
    // Nouns are capitalised in German, and a role is often written before the name in any language
    // ("Grünen-Fraktionschefin Katrin Göring-Eckardt"): a speaker outside the body's people opens with a known
    // given name, and what stands before it is dropped.
    while (words.length > 2 && !opensPersonName(words[0] ?? '')) words.shift();
    if (!opensPersonName(words[0] ?? '')) return null;
  }
  return asPersonName(words.join(' '), patterns.minSpeakerWords);
}
