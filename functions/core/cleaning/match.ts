/**
 * Compiles the rule data of rules.ts into fast matchers: a map for whole lines, and per rule an index of its
 * prefix and suffix phrases by their first/last word, so a line is only compared with the few phrases that
 * could match it (plain string comparisons, no regex per rule).
 */
import { RULES, type Rule } from '../rules.ts';
import { countWords, type Keys, lineKeys } from './text.ts';

interface Compiled {
  rule: Rule;
  /** Prefix phrases by first word ('' = phrases that start with a symbol, always compared). */
  prefixes: Map<string, string[]>;
  /** Suffix phrases by last word ('' = phrases that end with a symbol, always compared). */
  suffixes: Map<string, string[]>;
}

/** A letter, without a regex call for ASCII. */
function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(ch);
}

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 48 && code <= 57) || isLetter(ch) || (code >= 128 && /\p{N}/u.test(ch));
}

function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && isLetter(text[end]!)) end++;
  return text.slice(0, end);
}

function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && isLetter(text[start - 1]!)) start--;
  return text.slice(start);
}

function index(phrases: readonly string[], wordOf: (p: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const phrase of phrases) {
    const word = wordOf(phrase);
    map.set(word, [...(map.get(word) ?? []), phrase]);
  }
  return map;
}

const WHOLE_LINE = new Map<string, Rule>();
const COMPILED: Compiled[] = [];
for (const rule of RULES) {
  for (const line of rule.lines ?? []) if (!WHOLE_LINE.has(line)) WHOLE_LINE.set(line, rule);
  COMPILED.push({
    rule,
    prefixes: index(rule.prefixes ?? [], firstWord),
    suffixes: index(rule.suffixes ?? [], lastWord),
  });
}

/** The key starts with the phrase, and a phrase ending in a letter/digit ends at a word boundary. */
function startsWithPhrase(key: string, phrase: string): boolean {
  if (!key.startsWith(phrase)) return false;
  return !isLetterOrDigit(phrase[phrase.length - 1]) || !isLetterOrDigit(key[phrase.length]);
}

/** The key ends with the phrase, and the phrase does not start inside a word. */
function endsWithPhrase(key: string, phrase: string): boolean {
  if (!key.endsWith(phrase)) return false;
  return !isLetterOrDigit(phrase[0]) || !isLetterOrDigit(key[key.length - phrase.length - 1]);
}

function matchedPrefix(compiled: Compiled, key: string, word: string): string | null {
  for (const phrase of compiled.prefixes.get(word) ?? []) if (startsWithPhrase(key, phrase)) return phrase;
  for (const phrase of compiled.prefixes.get('') ?? []) if (startsWithPhrase(key, phrase)) return phrase;
  return null;
}

function hasSuffix(compiled: Compiled, key: string, word: string): boolean {
  for (const phrase of compiled.suffixes.get(word) ?? []) if (endsWithPhrase(key, phrase)) return true;
  for (const phrase of compiled.suffixes.get('') ?? []) if (endsWithPhrase(key, phrase)) return true;
  return false;
}

export interface Match {
  rule: Rule;
}

/** The first rule (in RULES order) that matches the line, or null. */
export function matchLine(line: string, words = countWords(line), keys: Keys = lineKeys(line)): Match | null {
  const { key, prefix: pkey } = keys;
  if (key === '') return null;
  const whole = WHOLE_LINE.get(key);
  if (whole) return { rule: whole };
  const first = firstWord(pkey);
  const last = lastWord(key);
  for (const compiled of COMPILED) {
    const { rule } = compiled;
    if (words > (rule.maxWords ?? 0)) continue;
    const phrase = compiled.prefixes.size > 0 ? matchedPrefix(compiled, pkey, first) : null;
    if (phrase !== null && requirementMet(rule, phrase, line)) return { rule };
    if (compiled.suffixes.size > 0 && hasSuffix(compiled, key, last)) return { rule };
    if (rule.patterns) {
      for (const pattern of rule.patterns) if (pattern.test(key)) return { rule };
    }
  }
  return null;
}

function requirementMet(rule: Rule, matched: string, line: string): boolean {
  if (rule.requires === 'digit') return /\d/.test(line);
  if (rule.requires === 'name') {
    // Drop as many words from the original line as the prefix had, keep the case of the rest.
    const skip = matched.trim().split(' ').length;
    const rest = line.trim().split(/\s+/).slice(skip).join(' ');
    return looksLikeNames(rest);
  }
  return true;
}

const NAME_JOINERS = new Set([
  'and',
  'und',
  'et',
  'y',
  'e',
  'en',
  '&',
  'de',
  'van',
  'von',
  'der',
  'da',
  'di',
  'la',
  'le',
  'del',
  'bin',
  'al',
]);

/**
 * After the byline prefix, the words are a list of names: mostly capitalised words, with joiners, and at most
 * a few extra words (an agency, a role, a date after a separator).
 */
export function looksLikeNames(rest: string): boolean {
  const head = rest.split(/[|•·,;–—(]/)[0] ?? '';
  const words = head.split(' ').filter((w) => /[\p{L}]/u.test(w));
  if (words.length === 0 || words.length > 7) return false;
  let caps = 0;
  for (const word of words) {
    if (/^\p{Lu}/u.test(word) || /^@/.test(word)) caps++;
    else if (!NAME_JOINERS.has(word.toLowerCase())) return false;
  }
  return caps >= 1;
}
