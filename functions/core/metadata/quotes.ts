import type { Quote } from '../types.ts';
import { resolvePerson } from './entities.ts';
import { asPersonName, isRoleWord } from './names.ts';

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
 * Quoted statements with their speaker. Only quotes attributed by a speech verb count (scare quotes
 * and titles do not); "She added" continues the last named speaker; a surname resolves to the
 * full name mentioned earlier. Speaker null when the text names nobody ("said the source").
 */
export function extractQuotes(body: string, people: string[]): Quote[] {
  const quotes: Quote[] = [];
  let lastSpeaker: string | null = null;
  for (const paragraph of body.split(/\n{2,}/)) {
    for (const match of paragraph.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? '').trim();
      if (inner.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const start = match.index;
      const end = start + match[0].length;
      const before = sentenceBefore(paragraph, start);
      const after = paragraph.slice(end, end + 120);
      const attribution = attribute(before, after, people, lastSpeaker);
      if (!attribution.attributed) continue;
      if (attribution.speaker) lastSpeaker = attribution.speaker;
      quotes.push({ speaker: attribution.speaker, text: inner.replace(/[,;]$/, '') });
      if (quotes.length >= MAX_QUOTES) return quotes;
    }
  }
  return quotes;
}

/** The current sentence up to the quote: from the last full stop (not an initial like "U.S."). */
function sentenceBefore(paragraph: string, start: number): string {
  const head = paragraph.slice(Math.max(0, start - 300), start);
  const stops = [...head.matchAll(/[.!?]["”’]?\s+(?=\p{Lu})|[”"]\s+/gu)];
  const last = stops.at(-1);
  if (!last) return head;
  const cut = last.index + last[0].length;
  // "U.S. Secretary": a stop after a one- or two-letter token is an abbreviation; keep going.
  if (/(?:^|\s)(?:\p{Lu}\.){1,3}\s*$/u.test(head.slice(0, cut))) return head;
  return head.slice(cut);
}

interface Attribution {
  attributed: boolean;
  speaker: string | null;
}

function attribute(before: string, after: string, people: string[], lastSpeaker: string | null): Attribution {
  const patterns: RegExp[] = [SPEAKER_AFTER_VERB, SPEAKER_AFTER_SUBJECT];
  for (const pattern of patterns) {
    const match = after.match(pattern);
    if (match) return { attributed: true, speaker: speakerOf(match[1], match[2], people, lastSpeaker) };
  }
  const match = before.match(SPEAKER_BEFORE);
  if (match) return { attributed: true, speaker: speakerOf(match[1], match[2], people, lastSpeaker) };
  if (HAS_VERB.test(before) || HAS_VERB.test(after.slice(0, 40))) return { attributed: true, speaker: null };
  return { attributed: false, speaker: null };
}

function speakerOf(
  name: string | undefined,
  pronoun: string | undefined,
  people: string[],
  lastSpeaker: string | null,
): string | null {
  if (pronoun) return lastSpeaker;
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
