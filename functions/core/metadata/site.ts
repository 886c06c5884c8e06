import type { CleanResult } from '../types.ts';
import { hostOf } from './evidence.ts';

/** Hosts of platforms a page links to ("Follow us on facebook.com/…"): never the site itself. */
const PLATFORMS =
  /(?:^|\.)(?:facebook|fb|twitter|x|instagram|linkedin|youtube|youtu|pinterest|tiktok|whatsapp|telegram|t|reddit|google|apple|amazon|bit|tinyurl|wa|medium|substack|wordpress|gravatar|flipboard|threads|bsky|mastodon|gmail|yahoo|outlook|hotmail|icloud|wikipedia|github|schema|w3|example)\.[a-z.]+$/i;
/** A domain name written in text: labels of letters/digits/hyphens and a known-shaped TLD. */
const DOMAIN =
  /\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|biz|news|media|blog|io|co|in|uk|us|ca|au|de|fr|es|it|nl|ie|nz|za|sg|my|pk|ng|ke|ph|tv|online|site|today|press|live|world|eu)(?:\.[a-z]{2})?)\b/gi;
/** What every DOMAIN match holds: a dot with a letter or digit on both sides. */
const DOTTED = /[a-z0-9]\.[a-z0-9]/i;
/** Chrome phrasings that name the site itself: "Join … of x.com", "© 2024 x.com", "Visit x.com". */
const OWN_SITE =
  /(?:\bgroup\s+of|\bjoin\b.*\bof|©|\(c\)|copyright|all\s+rights\s+reserved|\bvisit\b|\bwelcome\s+to|\bsubscribe\s+to|\bnewsletter\s+of|\bfollow\b.*\bof|\bpowered\s+by\s+)\s*(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?(?:www\.)?$/i;

/**
 * A domain the page's chrome names as its own ("Join Whatsapp Group of thelocalreport.in", "© 2025 x.com"), with
 * its input line; never a social platform's. Null when none (the record's site then comes from the URL, see
 * provenance.ts).
 */
export function chromeDomain(cleaned: CleanResult): { domain: string; line: number } | null {
  // The removed lines first, then the blocks (each read in place: no list of both is built; by index, since a
  // for-of over a page of a million blocks makes an iteration result per block).
  const { blocks, removed } = cleaned;
  for (let i = 0; i < removed.length; i++) {
    const found = ownDomain(removed[i]!.text, removed[i]!.line);
    if (found) return found;
  }
  for (let i = 0; i < blocks.length; i++) {
    const found = ownDomain(blocks[i]!.text, blocks[i]!.line);
    if (found) return found;
  }
  return null;
}

/** The first domain the text names as the site's own, with its input line (`line`: the text's first). */
function ownDomain(text: string, line: number): { domain: string; line: number } | null {
  // A domain has a dot between letters or digits: most short texts have none (a sentence's full stop is
  // followed by a space), and the regex tries every word boundary.
  if (text.length > 300 || !DOTTED.test(text)) return null;
  for (const match of text.matchAll(DOMAIN)) {
    const domain = (match[1] ?? '').toLowerCase().replace(/^www\./, '');
    if (PLATFORMS.test(domain)) continue;
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    if (OWN_SITE.test(before) || /(?:©|copyright)/i.test(before))
      return { domain, line: line + (text.slice(0, match.index).match(/\n/g)?.length ?? 0) };
  }
  return null;
}

/** The site: the source URL's host (without "www."), else a domain the page's chrome names as its own. */
export function extractSite(cleaned: CleanResult, url: string | null | undefined): string | null {
  return hostOf(url) ?? chromeDomain(cleaned)?.domain ?? null;
}
