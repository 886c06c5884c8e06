import type { CleanResult } from '../types.ts';

/** Hosts of platforms a page links to ("Follow us on facebook.com/…"): never the site itself. */
const PLATFORMS =
  /(?:^|\.)(?:facebook|fb|twitter|x|instagram|linkedin|youtube|youtu|pinterest|tiktok|whatsapp|telegram|t|reddit|google|apple|amazon|bit|tinyurl|wa|medium|substack|wordpress|gravatar|flipboard|threads|bsky|mastodon|gmail|yahoo|outlook|hotmail|icloud|wikipedia|github|schema|w3|example)\.[a-z.]+$/i;
/** A domain name written in text: labels of letters/digits/hyphens and a known-shaped TLD. */
const DOMAIN =
  /\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|biz|news|media|blog|io|co|in|uk|us|ca|au|de|fr|es|it|nl|ie|nz|za|sg|my|pk|ng|ke|ph|tv|online|site|today|press|live|world|eu)(?:\.[a-z]{2})?)\b/gi;
/** Chrome phrasings that name the site itself: "Join … of x.com", "© 2024 x.com", "Visit x.com". */
const OWN_SITE =
  /(?:\bgroup\s+of|\bjoin\b.*\bof|©|\(c\)|copyright|all\s+rights\s+reserved|\bvisit\b|\bwelcome\s+to|\bsubscribe\s+to|\bnewsletter\s+of|\bfollow\b.*\bof|\bpowered\s+by\s+)\s*(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?(?:www\.)?$/i;

/**
 * The site: the source URL's host (without "www.") when the upload carries one; otherwise a domain
 * the page's chrome names as its own ("Join Whatsapp Group of thelocalreport.in"); otherwise null.
 */
export function extractSite(cleaned: CleanResult, url: string | null | undefined): string | null {
  if (url) {
    const host = hostOf(url);
    if (host) return host;
  }
  const texts = [...cleaned.removed.map((item) => item.text), ...cleaned.blocks.map((block) => block.text)];
  for (const text of texts) {
    if (text.length > 300) continue;
    for (const match of text.matchAll(DOMAIN)) {
      const domain = (match[1] ?? '').toLowerCase().replace(/^www\./, '');
      if (PLATFORMS.test(domain)) continue;
      const before = text.slice(Math.max(0, match.index - 60), match.index);
      if (OWN_SITE.test(before) || /(?:©|copyright)/i.test(before)) return domain;
    }
  }
  return null;
}

function hostOf(url: string): string | null {
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`;
    const host = new URL(withScheme).hostname.toLowerCase().replace(/^www\./, '');
    return host.length > 0 ? host : null;
  } catch {
    return null;
  }
}
