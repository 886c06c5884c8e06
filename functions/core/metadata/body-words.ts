/**
 * Which of some words the text uses as words: the plain reference of body-words-fast.ts (a fast-check test holds
 * them equal). A word is a letter, then letters, marks, apostrophes and hyphens ("Müller", "O'Neil", "Jean-Luc").
 */
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** The words of `wanted` that are words of `text`, as written (case-sensitive). */
export function wordsUsed(wanted: ReadonlySet<string>, text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(WORD)) if (wanted.has(match[0])) found.add(match[0]);
  return found;
}
