/** Compiles the rule data of rules.ts into fast matchers: one map for whole lines, one regex per rule. */
import { RULES, type Rule } from '../rules.ts';
import { countWords, lineKey, prefixKey } from './text.ts';

interface Compiled {
  rule: Rule;
  prefix: RegExp | null;
  suffix: RegExp | null;
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
  // Suffix phrases: anchored at the end, preceded by a non-letter or the start (never inside a word).
  const suffix = rule.suffixes?.length
    ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${rule.suffixes.map(escape).join('|')})$`, 'u')
    : null;
  COMPILED.push({ rule, prefix, suffix });
}

export interface Match {
  rule: Rule;
}

/** The first rule (in RULES order) that matches the line, or null. */
export function matchLine(line: string, words = countWords(line)): Match | null {
  const key = lineKey(line);
  if (key === '') return null;
  const whole = WHOLE_LINE.get(key);
  if (whole) return { rule: whole };
  const pkey = prefixKey(line);
  // Suffix tests only look at the end of the key; slicing keeps them independent of line length.
  const tail = key.length > 80 ? key.slice(-80) : key;
  for (const { rule, prefix, suffix } of COMPILED) {
    if (words > (rule.maxWords ?? 0)) continue;
    if (prefix) {
      const m = prefix.exec(pkey);
      if (m && requirementMet(rule, m[0], line)) return { rule };
    }
    if (suffix?.test(tail)) return { rule };
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
