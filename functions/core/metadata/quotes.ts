import type { Quote } from '../types.ts';
import { sentenceStartBefore, sentenceStarts } from '../words.ts';
import { countWordsFast } from '../words-fast.ts';
import { resolvePerson } from './entities.ts';
import { asPersonName, genderOf, isRoleWord } from './names.ts';

/** Curly pairs first; straight pairs for text typed without them. Bounded: no runaway spans. */
const QUOTED = /“([^“”]{2,1200})”|"([^"\n]{2,1200})"/gu;
const VERB =
  '(?:said|says|say|added|adds|told|tells|asked|asks|stated|states|explained|explains|noted|notes|wrote|writes|argued|argues|insisted|insists|warned|warns|stressed|continued|replied|declared|announced|commented|remarked|claimed|claims|recalled|recalls|observed|acknowledged|admitted|according\\s+to)';
const NAME_RUN = "(?!(?:He|She|They)\\b)(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,6})";
const PRONOUN = '(he|she|they|He|She|They)';
/** "… Mao Ning said, “" / "She added that “": the subject right before the last speech verb. */
const SPEAKER_BEFORE = new RegExp(
  `(?:${NAME_RUN}|\\b${PRONOUN})\\s+(?:\\p{Ll}+\\s+)?${VERB}\\b[^“”"]*$`,
  'u',
);
/** "”, Pineda asked" / "” she said". */
const SPEAKER_AFTER_SUBJECT = new RegExp(`^\\s*[,.]?\\s*(?:${NAME_RUN}|${PRONOUN})\\s+${VERB}\\b`, 'u');
/** "” said Melissa Cranon", "” said head teacher Anna Ruiz" (up to three lower-case role words). */
const SPEAKER_AFTER_VERB = new RegExp(`^\\s*[,.]?\\s*${VERB}\\s+(?:\\p{Ll}+\\s+){0,3}${NAME_RUN}`, 'u');
const HAS_VERB = new RegExp(`\\b${VERB}\\b`, 'u');
const MIN_QUOTE_WORDS = 2;
const MAX_QUOTES = 50;

/**
 * Quoted statements with their speaker. Only quotes attributed by a speech verb count (scare quotes and titles
 * do not); a surname resolves to the full name mentioned earlier; "he said" / "She added" is the nearest person
 * named before the quote whom the pronoun can refer to (he: not a known woman's name, she: not a known man's),
 * else null. Speaker null when the text names nobody ("said the source").
 */
export function extractQuotes(body: string, people: string[]): Quote[] {
  // No quotation mark, no quote: not a paragraph to split (10 MB of one-word blocks: a million of them).
  if (!body.includes('"') && !body.includes('“')) return [];
  const quotes: Quote[] = [];
  const mentions = personMentions(body, people);
  let paragraphStart = 0;
  for (const paragraph of body.split(/\n{2,}/)) {
    const offset = body.indexOf(paragraph, paragraphStart);
    paragraphStart = offset + paragraph.length;
    // QUOTED needs a quotation mark: most paragraphs of a long input have none (no match iterator for them).
    if (!paragraph.includes('"') && !paragraph.includes('“')) continue;
    let starts: number[] | null = null;
    for (const match of paragraph.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? '').trim();
      if (countWordsFast(inner) < MIN_QUOTE_WORDS) continue;
      const start = match.index;
      const end = start + match[0].length;
      starts ??= sentenceStarts(paragraph);
      const before = sentenceBefore(paragraph, start, starts);
      const after = paragraph.slice(end, end + 120);
      const attribution = attribute(before, after, people, (pronoun) =>
        nearestPerson(mentions, offset + start, pronoun),
      );
      if (!attribution.attributed) continue;
      // A named speaker is a mention too: "he" in a later quote may refer to them.
      if (attribution.speaker) addMention(mentions, offset + start, attribution.speaker);
      quotes.push({ speaker: attribution.speaker, text: inner.replace(/[,;]$/, '') });
      if (quotes.length >= MAX_QUOTES) return quotes;
    }
  }
  return quotes;
}

/** The sentence up to the quote (words.ts splits sentences), cut after an earlier closing quote. */
function sentenceBefore(paragraph: string, start: number, starts: number[]): string {
  const from = Math.max(sentenceStartBefore(paragraph, start, starts), start - 300);
  const head = paragraph.slice(from, start);
  const closing = Math.max(head.lastIndexOf('” '), head.lastIndexOf('" '));
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
        mentions.push({ offset: at, person });
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

/** The nearest person named before `offset` whom the pronoun can refer to, or null. */
function nearestPerson(mentions: Mention[], offset: number, pronoun: string): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  const wanted = pronoun.toLowerCase();
  for (let k = lo - 1; k >= 0 && lo - k <= PRONOUN_REACH; k--) {
    const person = mentions[k]!.person;
    const gender = genderOf(person.split(' ')[0] ?? '');
    if (wanted === 'he' && gender === 'female') continue;
    if (wanted === 'she' && gender === 'male') continue;
    return person;
  }
  return null;
}

interface Attribution {
  attributed: boolean;
  speaker: string | null;
}

function attribute(
  before: string,
  after: string,
  people: string[],
  pronounSpeaker: (pronoun: string) => string | null,
): Attribution {
  const patterns: RegExp[] = [SPEAKER_AFTER_VERB, SPEAKER_AFTER_SUBJECT];
  for (const pattern of patterns) {
    const match = after.match(pattern);
    if (match) return { attributed: true, speaker: speakerOf(match[1], match[2], people, pronounSpeaker) };
  }
  const match = before.match(SPEAKER_BEFORE);
  if (match) return { attributed: true, speaker: speakerOf(match[1], match[2], people, pronounSpeaker) };
  if (HAS_VERB.test(before) || HAS_VERB.test(after.slice(0, 40))) return { attributed: true, speaker: null };
  return { attributed: false, speaker: null };
}

function speakerOf(
  name: string | undefined,
  pronoun: string | undefined,
  people: string[],
  pronounSpeaker: (pronoun: string) => string | null,
): string | null {
  if (pronoun) return pronounSpeaker(pronoun);
  if (!name) return null;
  const resolved = resolvePerson(name, people);
  if (resolved) return resolved;
  // An unknown run: drop leading role words and take what looks like a name.
  const words = name.split(/\s+/);
  while (
    words.length > 0 &&
    (isRoleWord(words[0] ?? '') || /^(?:of|the|state|foreign|U\.S\.)$/i.test(words[0] ?? ''))
  )
    words.shift();
  return asPersonName(words.join(' '), 1);
}
