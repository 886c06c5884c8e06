import { headlinePart } from '../cleaning/title.ts';
import type { CleanResult } from '../types.ts';

/** Longer than this, a "title" is a paragraph the cleaner mistook for one. */
const MAX_TITLE_CHARS = 300;

/**
 * " - " between a headline and its tagline or site ("Setting up an aquarium - A step by step guide"), on
 * English pages. German, Finnish, Italian … headlines type their dash as a spaced hyphen ("Luftfahrtbranche
 * hebt nach Corona ab - und FACC profitiert"): there the hyphen is part of the headline. Measured on DEV and
 * multi: cutting only on English (or unknown-language) pages kept DEV's titles and made multi's 0.648 -> 0.664.
 */
const HYPHEN = ' - ';
const HYPHEN_CUT_LANGUAGES: ReadonlySet<string | null> = new Set([null, 'en']);
/** " – " / " — " before a site name ("Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst"). */
const DASH = /\s[–—]\s([^–—]{2,40})$/;

/**
 * The headline as the cleaning stage detected it (it owns title detection), checked: one line,
 * trimmed, not a paragraph, without the site or tagline the page's <title> habit appends
 * ("Headline | Site", "Headline - Tagline" on an English page, "Headline – Site" when the site names itself so
 * elsewhere). `language`: the page's (null when unknown).
 * Null when the cleaner found none or the value fails the check.
 */
export function extractTitle(cleaned: CleanResult, language: string | null = null): string | null {
  let title = cleaned.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (title.length === 0 || title.length > MAX_TITLE_CHARS) return null;
  title = headlinePart(title);
  const hyphen = title.indexOf(HYPHEN);
  if (
    hyphen > 0 &&
    HYPHEN_CUT_LANGUAGES.has(language) &&
    title.slice(0, hyphen).trim().split(' ').length >= 2
  )
    title = title.slice(0, hyphen).trim();
  const dash = DASH.exec(title);
  if (dash && isSiteName(dash[1]!.trim(), cleaned)) title = title.slice(0, dash.index).trim();
  return title;
}

/** Letters and digits only, lower-cased: "Bridgestone Tires" and "bridgestonetires" meet. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The page calls itself so: the name is a copyright holder ("© Artlyst 2025") or a line of its own
 * (the logo text), and short (a site name, not a subtitle); never a hashtag.
 */
function isSiteName(name: string, cleaned: CleanResult): boolean {
  // A hashtag ("Interview mit Rainer Teuber – #OutInChurch") is the story's tag, shown as a line of its own too.
  if (name.startsWith('#') || name.split(' ').length > 4) return false;
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
