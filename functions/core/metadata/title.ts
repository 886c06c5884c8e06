import type { CleanResult } from '../types.ts';

/** Longer than this, a "title" is a paragraph the cleaner mistook for one. */
const MAX_TITLE_CHARS = 300;

/**
 * The headline as the cleaning stage detected it (it owns title detection), checked: one line,
 * trimmed, not a paragraph. Null when the cleaner found none or the value fails the check.
 */
export function extractTitle(cleaned: CleanResult): string | null {
  const title = cleaned.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (title.length === 0 || title.length > MAX_TITLE_CHARS) return null;
  return title;
}
