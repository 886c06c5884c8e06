/** Compiles the rule data of rules.ts into fast matchers: one map for whole lines, one regex per rule. */
import { RULES, type Rule } from '../rules.ts';
import { countWords, type Keys, lineKeys } from './text.ts';

interface Compiled {
  rule: Rule;
  prefix: RegExp | null;
  suffixes: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Phrases ending in a letter/digit must be followed by a non-letter; "by" must not match "bystander". */
function alternation(phrases: readonly string[]): string {
  return phrases
    .map((p) => (/[\p{L}\p{N}]$/u.test(p) ? `${escapeRegExp(p)}(?![\\p{L}\\p{N}])` : escapeRegExp(p)))
    .join('|');
}

const WHOLE_LINE = new Map<string, Rule>();
const COMPILED: Compiled[] = [];
for (const rule of RULES) {
  for (const line of rule.lines ?? []) if (!WHOLE_LINE.has(line)) WHOLE_LINE.set(line, rule);
  const prefix = rule.prefixes?.length ? new RegExp(`^(?:${alternation(rule.prefixes)})`, 'u') : null;
  COMPILED.push({ rule, prefix, suffixes: rule.suffixes ?? [] });
}

/**
 * Index of the rules worth testing for a key, by its first word (only letters): a line starting with "the"
 * is tested against the few rules with a "the…" phrase or a pattern, not all of them. Rules with a phrase
 * that does not start with a letter, a suffix or a pattern are always tested.
 */
const ALWAYS: Compiled[] = [];
const BY_FIRST_WORD = new Map<string, Compiled[]>();
for (const compiled of COMPILED) {
  const { rule } = compiled;
  const firsts = new Set<string>();
  let always = Boolean(rule.suffixes?.length || rule.patterns?.length);
  for (const phrase of rule.prefixes ?? []) {
    const first = firstWord(phrase);
    if (first === '') always = true;
    else firsts.add(first);
  }
  if (always) ALWAYS.push(compiled);
  else
    for (const first of firsts) {
      const list = BY_FIRST_WORD.get(first) ?? [];
      list.push(compiled);
      BY_FIRST_WORD.set(first, list);
    }
}

function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && /[\p{L}]/u.test(text[end]!)) end++;
  return text.slice(0, end);
}

// Merge each list with ALWAYS, in RULES order (the first matching rule wins).
for (const [word, list] of BY_FIRST_WORD) {
  BY_FIRST_WORD.set(
    word,
    COMPILED.filter((c) => ALWAYS.includes(c) || list.includes(c)),
  );
}

function candidates(pkey: string): Compiled[] {
  return BY_FIRST_WORD.get(firstWord(pkey)) ?? ALWAYS;
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
  for (const { rule, prefix, suffixes } of candidates(pkey)) {
    if (words > (rule.maxWords ?? 0)) continue;
    if (prefix) {
      const m = prefix.exec(pkey);
      if (m && requirementMet(rule, m[0], line)) return { rule };
    }
    if (suffixes.length > 0 && hasSuffix(rule, key)) return { rule };
    if (rule.patterns) {
      for (const pattern of rule.patterns) if (pattern.test(key)) return { rule };
    }
  }
  return null;
}

/** Suffix phrases by their last word (letters only; '' for phrases ending in a symbol), per rule. */
const SUFFIXES_BY_LAST_WORD = new Map<Rule, Map<string, string[]>>();
for (const rule of RULES) {
  const byWord = new Map<string, string[]>();
  for (const phrase of rule.suffixes ?? []) {
    const last = lastWord(phrase);
    byWord.set(last, [...(byWord.get(last) ?? []), phrase]);
  }
  SUFFIXES_BY_LAST_WORD.set(rule, byWord);
}

function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start);
}

function hasSuffix(rule: Rule, key: string): boolean {
  const byWord = SUFFIXES_BY_LAST_WORD.get(rule)!;
  for (const phrase of byWord.get(lastWord(key)) ?? []) if (endsWithPhrase(key, phrase)) return true;
  for (const phrase of byWord.get('') ?? []) if (endsWithPhrase(key, phrase)) return true;
  return false;
}

/** The key ends with the phrase, and the phrase does not start inside a word. */
function endsWithPhrase(key: string, phrase: string): boolean {
  if (!key.endsWith(phrase)) return false;
  const before = key[key.length - phrase.length - 1];
  return before === undefined || !/[\p{L}\p{N}]/u.test(before) || !/^[\p{L}\p{N}]/u.test(phrase);
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
