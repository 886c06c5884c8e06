/** Words and phrases written as regular-expression sources (the vocabulary's lists become patterns here). */

/** Regex characters escaped. */
export function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: regex characters escaped, any white space between its words. */
export function phrasePattern(phrase: string): string {
  return escapePattern(phrase).replace(/\s+/g, '\\s+');
}

/**
 * A phrase as a pattern that ignores case without the `i` flag: each cased letter as a class of its two forms
 * ("by" → [bB][yY]), for expressions that must also test a capital case-sensitively.
 */
export function caselessPattern(phrase: string): string {
  let out = '';
  for (const char of phrase) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (/\s/u.test(char)) out += out.endsWith('\\s+') ? '' : '\\s+';
    else if (lower !== upper && [...lower].length === 1 && [...upper].length === 1)
      out += `[${lower}${upper}]`;
    else out += escapePattern(char);
  }
  return out;
}
