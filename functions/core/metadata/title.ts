import { headlinePart } from '../cleaning/title.ts';
import type { CleanResult } from '../types.ts';

/** Longer than this, a "title" is a paragraph the cleaner mistook for one. */
const MAX_TITLE_CHARS = 300;

/** " - " between a headline and its tagline or site ("Setting up an aquarium - A step by step guide"). */
const HYPHEN = ' - ';
/** " – " / " — " before a site name ("Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst"). */
const DASH = /\s[–—]\s([^–—]{2,40})$/;

/**
 * The headline as the cleaning stage detected it (it owns title detection), checked: one line,
 * trimmed, not a paragraph, without the site or tagline the page's <title> habit appends
 * ("Headline | Site", "Headline - Tagline", "Headline – Site" when the site names itself so elsewhere).
 * Null when the cleaner found none or the value fails the check.
 */
export function extractTitle(cleaned: CleanResult): string | null {
  let title = cleaned.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (title.length === 0 || title.length > MAX_TITLE_CHARS) return null;
  title = headlinePart(title);
  const hyphen = title.indexOf(HYPHEN);
  if (hyphen > 0 && title.slice(0, hyphen).trim().split(' ').length >= 2)
    title = title.slice(0, hyphen).trim();
  const dash = DASH.exec(title);
  if (dash && isSiteName(dash[1]!.trim(), cleaned)) title = title.slice(0, dash.index).trim();
  return title;
}

/** Letters and digits only, lower-cased: "Bridgestone Tires" and "bridgestonetires" meet. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The page calls itself so: the name is a copyright holder ("© Artlyst 2025") or a line of its own
 * (the logo text), and short (a site name, not a subtitle).
 */
function isSiteName(name: string, cleaned: CleanResult): boolean {
  if (name.split(' ').length > 4) return false;
  const key = squash(name);
  if (key.length < 3) return false;
  const texts = [...cleaned.removed.map((item) => item.text), ...cleaned.blocks.map((block) => block.text)];
  for (const text of texts) {
    if (text.length > 200) continue;
    if (squash(text) === key) return true;
    const copyright = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?([^.,|]{2,60})/i.exec(text);
    if (copyright && squash(copyright[1]!.replace(/\b\d{4}\b|all rights reserved/gi, '')).startsWith(key))
      return true;
  }
  return false;
}
