import type { CleanResult } from '../types.ts';

/**
 * Parts of the page where metadata must not be read: comment threads (every commenter has a name
 * and a date) and related-article lists (every entry has a byline and a date).
 */
export interface Zones {
  /** Blocks inside a comment thread or a related-articles list. */
  excluded: Set<number>;
  /** Blocks after the last kept body block: footer territory, weaker evidence. */
  late: Set<number>;
}

const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|reader\s+comments|leave\s+a\s+(?:reply|comment)|join\s+the\s+(?:discussion|conversation)|what\s+do\s+you\s+think\??|(?:\d+\s+)?thoughts\s+on\b.*)\s*:?(?:\s*\(\d+\))?$/i;
const RELATED_HEADING =
  /^(?:related(?:\s+(?:articles?|posts?|stories|content|reading|news))?|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|more\s+(?:from|like\s+this|stories|articles|posts|news)\b.*|recent\s+(?:posts|articles|stories)|latest\s+(?:posts|articles|stories|news)|popular\s+(?:posts|articles|stories)|read\s+(?:next|more)|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|further\s+reading|keep\s+reading|up\s+next|see\s+also)\s*:?$/i;
/** A related list runs this many blocks past its heading. */
const RELATED_SPAN = 20;
/** A comment thread is only believed in the last part of the page. */
const COMMENTS_FROM_SHARE = 0.35;

export function blockZones(cleaned: CleanResult, anchor: number | null = null): Zones {
  const excluded = new Set<number>();
  const total = cleaned.blocks.length;
  const bios = new Set(
    cleaned.removed.filter((item) => item.kind === 'author-bio').map((item) => item.block),
  );
  for (const item of cleaned.removed)
    if (item.kind === 'comments' || item.kind === 'related') excluded.add(item.block);
  for (const block of cleaned.blocks) {
    const text = block.text.trim();
    if (text.length > 60) continue;
    if (COMMENTS_HEADING.test(text) && block.index >= total * COMMENTS_FROM_SHARE) {
      for (let i = block.index; i < total; i++) excluded.add(i);
    } else if (RELATED_HEADING.test(text) && (anchor === null || block.index > anchor)) {
      // Menus above the headline also say "Latest News": only lists after the headline count.
      // The list ends where an author box starts: a name line over the bio the cleaner removed.
      for (let i = block.index; i < Math.min(total, block.index + RELATED_SPAN); i++) {
        if (i > block.index && (bios.has(i) || bios.has(i + 1))) break;
        excluded.add(i);
      }
    }
  }
  const late = new Set<number>();
  const lastBody = cleaned.body.at(-1)?.index;
  if (lastBody !== undefined) for (let i = lastBody + 1; i < total; i++) late.add(i);
  return { excluded, late };
}
