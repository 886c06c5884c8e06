/**
 * What the layout's hints say about a block's value to the article. Plain text has no hints and is valued by
 * its words alone (classify.ts); HTML and markdown input add what only the markup knows:
 *
 * 1. A block inside a landmark that holds chrome on nearly every page (nav, footer, aside, form, header, a
 *    figure caption, a hidden element, a comment section) and not inside the page's <article> or <main> is
 *    valued as chrome; a block made of link text (a menu entry) is never prose.
 * 2. The element that holds most of the page's prose (HTML: the article's container) lifts the short blocks
 *    inside it (headings, list items, table cells of the article) to a small penalty at worst, and halves the
 *    prose outside it (a teaser or a newsletter pitch elsewhere on the page), so the region cannot stop at a
 *    list inside the article or wander into a long block elsewhere.
 *
 * The numbers are HINT_SETTINGS; tests/bench/train-hints.ts picks them by cross-validation on dev and multi.
 */
import type { BlockHints, Container } from '../types.ts';
import { HINT_SETTINGS } from './hint-settings.ts';

/** Containers whose words are page chrome on nearly every page (their share of the gold's words on DEV: ≤ 16 %). */
const CHROME_CONTAINERS: ReadonlySet<Container> = new Set([
  'nav',
  'footer',
  'aside',
  'form',
  'header',
  'caption',
  'hidden',
  'comments',
]);

export function isInChromeContainer(hints: BlockHints): boolean {
  const containers = hints.containers;
  if (!containers || containers.length === 0) return false;
  if (containers.includes('article') || containers.includes('main')) return false;
  return containers.some((c) => CHROME_CONTAINERS.has(c));
}

/** The block stands in the page's comment section, outside its <article> and <main> (HTML only). */
export function inCommentSection(hints: BlockHints | undefined): boolean {
  const containers = hints?.containers ?? [];
  return containers.includes('comments') && !containers.includes('article') && !containers.includes('main');
}

/** The block's value with its hints taken into account (`value`: what its words say). */
export function hintValue(hints: BlockHints | undefined, words: number, value: number): number {
  if (!hints) return value;
  if (isInChromeContainer(hints)) return Math.min(value, HINT_SETTINGS.chromePenalty - Math.min(words, 30));
  if ((hints.linkShare ?? 0) >= HINT_SETTINGS.menuLinkShare)
    return Math.min(value, HINT_SETTINGS.linkPenalty);
  return value;
}

/** The part of a unit this pass reads and writes. */
export interface ValuedUnit {
  block: { hints?: BlockHints };
  value: number;
  verdict: unknown;
}

/**
 * Favour the element that holds most of the page's prose (see 2. above). Needs element paths (HTML); does
 * nothing for other layouts. Linear in blocks × nesting depth (the depth is capped by the HTML adapter).
 */
export function favourArticleContainer(units: ValuedUnit[]): Favoured | null {
  const favoured = favouredContainer(units);
  if (favoured === null) return null;
  const { id: best, depth: bestDepth } = favoured;
  for (const unit of units) {
    const hints = unit.block.hints;
    if (hints?.path?.[bestDepth] === best) {
      const chrome = isInChromeContainer(hints) || (hints.linkShare ?? 0) >= HINT_SETTINGS.chromeLinkShare;
      if (!unit.verdict && !chrome) unit.value = Math.max(unit.value, HINT_SETTINGS.insideFloor);
    } else if (unit.value > 0) unit.value *= HINT_SETTINGS.outsideFactor;
  }
  return favoured;
}

/** The element that holds most of the page's prose: its id and its depth in the element paths. */
export interface Favoured {
  id: number;
  depth: number;
}

/**
 * The element that holds most of the page's prose value (its id and depth in the element paths), or null
 * (no element paths, or no element with the required share). Linear in blocks × nesting depth.
 */
export function favouredContainer(units: readonly ValuedUnit[]): Favoured | null {
  const prose = new Map<number, number>();
  const depthOf = new Map<number, number>();
  /** Blocks inside each element: an element that holds one block is that block, not a container. */
  const blocks = new Map<number, number>();
  for (const unit of units) {
    const path = unit.block.hints?.path;
    if (path) for (const id of path) blocks.set(id, (blocks.get(id) ?? 0) + 1);
  }
  let total = 0;
  for (const unit of units) {
    if (unit.value <= 0) continue;
    const path = unit.block.hints?.path;
    if (!path) return null;
    total += unit.value;
    for (let depth = 0; depth < path.length; depth++) {
      const id = path[depth]!;
      prose.set(id, (prose.get(id) ?? 0) + unit.value);
      depthOf.set(id, depth);
    }
  }
  if (total <= 0) return null;
  // The deepest element with the required share that holds more than one block: the article's own container,
  // not the page's wrapper, nor the one paragraph that holds most of a short article's prose (its table or
  // list beside it would not be lifted).
  let best = -1;
  let bestDepth = -1;
  for (const [id, sum] of prose) {
    const depth = depthOf.get(id)!;
    if (sum >= HINT_SETTINGS.containerShare * total && depth > bestDepth && blocks.get(id)! > 1) {
      best = id;
      bestDepth = depth;
    }
  }
  return best < 0 ? null : { id: best, depth: bestDepth };
}
