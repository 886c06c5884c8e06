import type {
  Block,
  BoilerplateKind,
  CleanResult,
  JsonLdArticle,
  PageEvidence,
  RemovedItem,
} from '../../functions/core/types.ts';
import { countWordsFast } from '../../functions/core/words-fast.ts';

/** A CleanResult from paragraphs: the first is the title, all others kept unless listed as removed. */
export function cleanedFrom(
  paragraphs: string[],
  removed: Array<{ index: number; kind: BoilerplateKind }> = [],
): CleanResult {
  const blocks: Block[] = paragraphs.map((text, index) => ({ index, text, line: index * 2 + 1 }));
  const removedItems: RemovedItem[] = removed.map(({ index, kind }) => ({
    text: paragraphs[index] ?? '',
    rule: `test.${kind}`,
    kind,
    block: index,
    line: index * 2 + 1,
  }));
  const removedIndexes = new Set(removed.map((item) => item.index));
  return {
    blocks,
    title: paragraphs[0] ?? null,
    titleBlock: paragraphs.length > 0 ? 0 : null,
    body: blocks.slice(1).filter((block) => !removedIndexes.has(block.index)),
    removed: removedItems,
    inputWords: paragraphs.reduce((sum, text) => sum + countWordsFast(text), 0),
    removedWords: removedItems.reduce((sum, item) => sum + countWordsFast(item.text), 0),
  };
}

export const PROSE =
  'The council approved the new budget after a long debate about road repairs, school funding and the future of the town library, which has been closed since the spring floods.';
export const NOW = new Date('2026-06-01T00:00:00Z');
/** The date context of the tests: NOW, language unknown. */
export const WHEN = { now: NOW };

/** Hand-made evidence of an HTML page (what the layout stage's HTML adapter hands the metadata stage). */
export function pageEvidence(parts: Partial<PageEvidence> = {}): PageEvidence {
  return { title: null, lang: null, canonicalUrl: null, meta: [], jsonLd: [], ...parts };
}

export function article(parts: Partial<JsonLdArticle> = {}): JsonLdArticle {
  return {
    type: 'NewsArticle',
    headline: null,
    authors: [],
    datePublished: null,
    dateModified: null,
    publisher: null,
    ...parts,
  };
}
