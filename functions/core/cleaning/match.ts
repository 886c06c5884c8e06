/**
 * Compiles the rule data of rules.ts into fast matchers: a map for whole lines, and one index of all prefix
 * phrases by their first word and of all suffix phrases by their last word, so a line is only compared with
 * the few phrases that could match it (plain string comparisons, no regex per rule); patterns are tried only
 * for rules earlier than the best phrase match.
 */
import { RULES, type Rule } from '../rules.ts';
import { countWords, type Keys, lineKeys } from './text.ts';

/** A phrase of one rule, with the rule's position in RULES (earlier rules win). */
interface Entry {
  order: number;
  rule: Rule;
  phrase: string;
  /**
   * The rule's maxWords (0 when unset), read from the entry: the rules are object literals of a dozen shapes,
   * so `rule.maxWords` in the loops below was a megamorphic property load per entry tried, on every line.
   */
  maxWords: number;
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

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return code >= 0xaa && isLetter(String.fromCharCode(code));
}

function firstWord(text: string): string {
  return text.slice(0, firstWordEnd(text));
}

function firstWordEnd(text: string): number {
  let end = 0;
  while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
  return end;
}

function lastWord(text: string): string {
  return text.slice(lastWordStart(text));
}

function lastWordStart(text: string): number {
  let start = text.length;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * The shapes (first character, length) of the words an index files phrases under: a line's first or last
 * word is sliced out and looked up only when some filed word has its shape (a quarter of the lines for
 * prefixes, a tenth for suffixes).
 */
class WordShapes {
  private readonly ascii = new Uint8Array(128 * 32);
  private other = false;

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const c = word.charCodeAt(0);
      if (c < 128 && word.length < 32) this.ascii[c * 32 + word.length] = 1;
      else this.other = true;
    }
  }

  /** Some filed word may be text[from, to) (phrases under the empty word are in PREFIX_ANY/SUFFIX_ANY). */
  has(text: string, from: number, to: number): boolean {
    const length = to - from;
    if (length === 0) return false;
    const c = text.charCodeAt(from);
    return c < 128 && length < 32 ? this.ascii[c * 32 + length] === 1 : this.other;
  }
}

/**
 * The characters a pattern's match can start with, read from its source (`^x…`, `^\d…`, `^(?:ab|cd)…`), or
 * null when it could start with anything: a line is only tested against patterns that can match its start.
 */
export function firstChars(source: string): string[] | null {
  if (!source.startsWith('^')) return null;
  return firstOf(source.slice(1));
}

function firstOf(s: string): string[] | null {
  let chars: string[];
  let end: number;
  if (s.startsWith('\\d')) {
    chars = [...'0123456789'];
    end = 2;
  } else if (s.startsWith('\\(')) {
    chars = ['('];
    end = 2;
  } else if (s.startsWith('(?:')) {
    let depth = 0;
    let close = -1;
    const cuts: number[] = [];
    for (let i = 0; i < s.length && close < 0; i++) {
      const c = s[i];
      if (c === '\\') i++;
      else if (c === '[') return null;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) close = i;
      else if (c === '|' && depth === 1) cuts.push(i);
    }
    if (close < 0) return null;
    chars = [];
    let from = 3;
    for (const cut of [...cuts, close]) {
      const alternative = firstOf(s.slice(from, cut));
      if (alternative === null) return null;
      chars.push(...alternative);
      from = cut + 1;
    }
    end = close + 1;
  } else {
    const c = s[0];
    if (c === undefined || !/[a-z0-9 ]/.test(c)) return null;
    chars = [c];
    end = 1;
  }
  if (!optional(s, end)) return chars;
  // An optional item ("(?:most )?popular"): the match starts with it or with what follows it.
  const rest = firstOf(s.slice(afterQuantifier(s, end)));
  return rest === null ? null : [...chars, ...rest];
}

/** The item ending at `end` is optional (then the next item could start the match). */
function optional(s: string, end: number): boolean {
  const q = s[end];
  return q === '?' || q === '*' || s.startsWith('{0', end);
}

/** Where the quantifier of an optional item (`?`, `*`, `{0,n}`, lazy or not) ends. */
function afterQuantifier(s: string, end: number): number {
  let next = s[end] === '{' ? s.indexOf('}', end) + 1 : end + 1;
  if (s[next] === '?') next++;
  return next;
}

function add(map: Map<string, Entry[]>, word: string, entry: Entry): void {
  const list = map.get(word);
  if (list) list.push(entry);
  else map.set(word, [entry]);
}

/**
 * All rules' phrases in three indexes: whole lines by key, prefix phrases by their first word and suffix
 * phrases by their last word ('' = phrases that start/end with a symbol, always compared). A line is compared
 * only with the phrases filed under its own first and last word, then with the patterns of earlier rules.
 */
const WHOLE_LINE = new Map<string, Rule>();
const PREFIXES = new Map<string, Entry[]>();
const SUFFIXES = new Map<string, Entry[]>();
interface PatternEntry {
  order: number;
  rule: Rule;
  pattern: RegExp;
  /** The rule's maxWords (0 when unset) and patternNeedle, read from the entry (see Entry). */
  maxWords: number;
  needle: string | undefined;
}
/** Patterns by the first character of the keys they can match; '' = patterns that can start anywhere. */
const PATTERNS = new Map<string, PatternEntry[]>();
RULES.forEach((rule, order) => {
  for (const line of rule.lines ?? []) if (!WHOLE_LINE.has(line)) WHOLE_LINE.set(line, rule);
  const maxWords = rule.maxWords ?? 0;
  for (const phrase of rule.prefixes ?? [])
    add(PREFIXES, firstWord(phrase), { order, rule, phrase, maxWords });
  for (const phrase of rule.suffixes ?? [])
    add(SUFFIXES, lastWord(phrase), { order, rule, phrase, maxWords });
  for (const pattern of rule.patterns ?? []) {
    for (const c of new Set(firstChars(pattern.source) ?? [''])) {
      const list = PATTERNS.get(c);
      const entry = { order, rule, pattern, maxWords, needle: rule.patternNeedle };
      if (list) list.push(entry);
      else PATTERNS.set(c, [entry]);
    }
  }
});
/** Length of the longest whole-line phrase. */
let WHOLE_LINE_CHARS = 0;
for (const line of WHOLE_LINE.keys()) WHOLE_LINE_CHARS = Math.max(WHOLE_LINE_CHARS, line.length);
const NO_PATTERNS: PatternEntry[] = [];
const ANYWHERE = PATTERNS.get('') ?? NO_PATTERNS;
/** Patterns for keys starting with c: those filed under c, then the unanchored ones, in rule order. */
const PATTERNS_BY_START = new Map<string, PatternEntry[]>();
for (const [c, list] of PATTERNS)
  if (c !== '')
    PATTERNS_BY_START.set(
      c,
      [...list, ...ANYWHERE].sort((a, b) => a.order - b.order),
    );
/**
 * Every rule's pattern needle in one regex: a key holding none of them (nearly every line) is ruled out for
 * all needle patterns by one scan instead of one `includes` per needle.
 */
const ANY_NEEDLE = new RegExp(
  [...new Set(RULES.flatMap((rule) => (rule.patternNeedle ? [rule.patternNeedle] : [])))]
    .map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|') || '(?!)',
);
/** Patterns by the code of the key's first character (ASCII; any other: the unanchored ones). */
const PATTERNS_BY_CODE: PatternEntry[][] = [];
for (let c = 0; c < 128; c++)
  PATTERNS_BY_CODE.push(PATTERNS_BY_START.get(String.fromCharCode(c)) ?? ANYWHERE);

/**
 * Whole-line phrases by first character (ASCII) and length: a key is hashed for the map only when some
 * phrase has its first character and length. WHOLE_ANY_FIRST: some phrase starts with a non-ASCII character.
 */
const WHOLE_SHAPES = new Uint8Array(128 * (WHOLE_LINE_CHARS + 1));
let WHOLE_ANY_FIRST = false;
for (const line of WHOLE_LINE.keys()) {
  const c = line.charCodeAt(0);
  if (c < 128) WHOLE_SHAPES[c * (WHOLE_LINE_CHARS + 1) + line.length] = 1;
  else WHOLE_ANY_FIRST = true;
}

/**
 * Whole-line phrases by their first two characters (the first ASCII; the second's code, 128 for any non-ASCII
 * one): keys of one shape differ there ("w123" is shaped like "weiter" but opens with no phrase's two
 * characters; 10 MB of one-word blocks hashed a million keys for nothing).
 */
const WHOLE_PAIRS = new Uint8Array(128 * 129);
for (const line of WHOLE_LINE.keys()) {
  const c = line.charCodeAt(0);
  if (c < 128 && line.length >= 2) WHOLE_PAIRS[c * 129 + Math.min(line.charCodeAt(1), 128)] = 1;
}

function mayBeWholeLine(key: string): boolean {
  if (key.length > WHOLE_LINE_CHARS) return false;
  const c = key.charCodeAt(0);
  if (c >= 128) return WHOLE_ANY_FIRST;
  if (WHOLE_SHAPES[c * (WHOLE_LINE_CHARS + 1) + key.length] !== 1) return false;
  return key.length < 2 || WHOLE_PAIRS[c * 129 + Math.min(key.charCodeAt(1), 128)] === 1;
}

const PREFIX_SHAPES = new WordShapes(PREFIXES.keys());
const SUFFIX_SHAPES = new WordShapes(SUFFIXES.keys());
const NO_ENTRIES: Entry[] = [];
/**
 * Phrases that start (prefixes) or end (suffixes) with a symbol, "(reuters)", "©", "(required)", by that
 * character's code: a key is compared only with those sharing its first or last character.
 */
function bySymbol(entries: Entry[] | undefined, at: (phrase: string) => number): SymbolIndex {
  const index = new SymbolIndex();
  for (const entry of entries ?? []) index.add(at(entry.phrase), entry);
  return index;
}

/** Entries by a character code: an array for Latin-1 codes (no map look-up per line), a map for the rest. */
class SymbolIndex {
  private readonly low: Entry[][] = [];
  private readonly high = new Map<number, Entry[]>();

  constructor() {
    for (let c = 0; c < 256; c++) this.low.push(NO_ENTRIES);
  }

  add(code: number, entry: Entry): void {
    if (code < 256) this.low[code] = [...this.low[code]!, entry];
    else this.high.set(code, [...(this.high.get(code) ?? []), entry]);
  }

  get(code: number): Entry[] {
    return code < 256 ? this.low[code]! : (this.high.get(code) ?? NO_ENTRIES);
  }
}
const PREFIX_ANY = bySymbol(PREFIXES.get(''), (phrase) => phrase.charCodeAt(0));
const SUFFIX_ANY = bySymbol(SUFFIXES.get(''), (phrase) => phrase.charCodeAt(phrase.length - 1));

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

export interface Match {
  rule: Rule;
}

/** The first rule (in RULES order) that matches the line, or null. */
export function matchLine(line: string, words = countWords(line), keys: Keys = lineKeys(line)): Match | null {
  const { key, prefix: pkey } = keys;
  if (key === '') return null;
  // Only keys shaped like some whole-line phrase (first character, length) are looked up: no hash for nothing.
  const whole = mayBeWholeLine(key) ? WHOLE_LINE.get(key) : undefined;
  if (whole) return { rule: whole };
  let best = -1;
  let bestRule: Rule | null = null;
  // Prefix phrases filed under the key's first word, then those starting with a symbol.
  const firstEnd = firstWordEnd(pkey);
  const firstFiled = PREFIX_SHAPES.has(pkey, 0, firstEnd);
  for (let pass = 0; pass < 2; pass++) {
    const entries =
      pass === 1
        ? PREFIX_ANY.get(pkey.charCodeAt(0))
        : firstFiled
          ? (PREFIXES.get(pkey.slice(0, firstEnd)) ?? NO_ENTRIES)
          : NO_ENTRIES;
    for (const entry of entries) {
      if (bestRule !== null && entry.order >= best) continue;
      if (words > entry.maxWords || !startsWithPhrase(pkey, entry.phrase)) continue;
      if (!requirementMet(entry.rule, entry.phrase, line)) continue;
      best = entry.order;
      bestRule = entry.rule;
    }
  }
  const lastStart = lastWordStart(key);
  const lastFiled = SUFFIX_SHAPES.has(key, lastStart, key.length);
  for (let pass = 0; pass < 2; pass++) {
    const entries =
      pass === 1
        ? SUFFIX_ANY.get(key.charCodeAt(key.length - 1))
        : lastFiled
          ? (SUFFIXES.get(key.slice(lastStart)) ?? NO_ENTRIES)
          : NO_ENTRIES;
    for (const entry of entries) {
      if (bestRule !== null && entry.order >= best) continue;
      if (words > entry.maxWords || !endsWithPhrase(key, entry.phrase)) continue;
      best = entry.order;
      bestRule = entry.rule;
    }
  }
  // A rule's patterns share its needle: the key is searched once per needle, and not at all when it holds
  // no needle (0 = not known yet, 1 = maybe some needle, 2 = none).
  let needle: string | undefined;
  let hasNeedle = false;
  let anyNeedle = 0;
  const code = key.charCodeAt(0);
  for (const entry of code < 128 ? PATTERNS_BY_CODE[code]! : ANYWHERE) {
    if (bestRule !== null && entry.order >= best) break;
    if (words > entry.maxWords) continue;
    if (entry.needle !== undefined) {
      // A short key is searched per needle right away (cheaper than a regex call); a long one is scanned
      // for all needles at once first.
      if (anyNeedle === 0) anyNeedle = key.length < 80 || ANY_NEEDLE.test(key) ? 1 : 2;
      if (anyNeedle === 2) continue;
      if (entry.needle !== needle) {
        needle = entry.needle;
        hasNeedle = key.includes(needle);
      }
      if (!hasNeedle) continue;
    }
    if (entry.pattern.test(key)) return { rule: entry.rule };
  }
  return bestRule ? { rule: bestRule } : null;
}

function requirementMet(rule: Rule, matched: string, line: string): boolean {
  // Any script's digits: "प्रकाशित: १५ मार्च २०२४".
  if (rule.requires === 'digit') return /\p{Nd}/u.test(line);
  if (rule.requires === 'name' || rule.requires === 'full-name') {
    // Drop as many words from the original line as the prefix had, keep the case of the rest.
    const skip = matched.trim().split(' ').length;
    let rest = line.trim().split(/\s+/).slice(skip).join(' ');
    // "記者：山田太郎": a name glued to a full-width colon is no word of its own.
    if (rest === '' && matched.endsWith('：')) rest = line.slice(line.indexOf('：') + 1).trim();
    // After a byline's word the words of a script without case count as a name's ("โดย สมชาย ใจดี").
    return looksLikeNames(rest, rule.requires === 'full-name' ? 2 : 1, true);
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
 * a few extra words (an agency, a role, a date after a separator); `leastCapitalised` of its words capitalised.
 */
export function looksLikeNames(rest: string, leastCapitalised = 1, caseless = false): boolean {
  // The part before the first separator, read word by word (words split at single spaces; only words
  // holding a letter count). A word that is neither capitalised, nor a handle, nor a joiner, or an eighth
  // word, decides at once.
  const cut = rest.search(NAME_LIST_END);
  const end = cut < 0 ? rest.length : cut;
  let words = 0;
  let caps = 0;
  let start = 0;
  for (let i = 0; i <= end; i++) {
    if (i < end && rest.charCodeAt(i) !== 32) continue;
    const word = rest.slice(start, i);
    start = i + 1;
    if (!hasLetter(word)) continue;
    if (++words > 7) return false;
    if (startsCapitalised(word) || word.charCodeAt(0) === 64 || (caseless && startsCaseless(word))) caps++;
    else if (!NAME_JOINERS.has(word.toLowerCase())) return false;
  }
  return words > 0 && caps >= leastCapitalised;
}

/** Where a list of names ends: a separator, a comma or an opening bracket. */
const NAME_LIST_END = /[|•·,;–—(]/;

/** `/[\p{L}]/u.test(word)`, without the regex for ASCII words. */
function hasLetter(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return /[\p{L}]/u.test(word);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** `/^\p{Lu}/u.test(word)`, without the regex for an ASCII first character. */
function startsCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** A letter of a script without case: a name in Arabic, Hebrew, Devanagari or Thai has no capital to show. */
function startsCaseless(word: string): boolean {
  return word.charCodeAt(0) >= 128 && /^\p{Lo}/u.test(word);
}
