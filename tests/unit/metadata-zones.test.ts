/**
 * zones.ts's readerView, the page as the byline and dateline readers see it: a page of up to 2 × READ_REACH + 1
 * blocks is the cleaned page itself (real pages are read as before); a larger one keeps every block at its index
 * and its length, iterates exactly the blocks within READ_REACH of the page's start and end, the headline and the
 * body's first and last block, in order, and its body is the kept blocks among those.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newBlock } from '../../functions/core/layout/blocks.ts';
import {
  blockZones,
  COMMENTS_HEADING,
  headingKey,
  mayBeVocabularyHeading,
  mayBeZoneHeading,
  READ_REACH,
  RELATED_HEADING,
  readerView,
  readRanges,
  vocabularyCommentsHeading,
  vocabularyRelatedHeading,
} from '../../functions/core/metadata/zones.ts';
import type { CleanResult } from '../../functions/core/types.ts';
import { LANGUAGES } from '../../functions/core/vocabulary/index.ts';

function page(total: number, kept: (index: number) => boolean, anchor: number | null): CleanResult {
  const blocks = Array.from({ length: total }, (_, i) => newBlock(i, `w${i}`, i * 2 + 1));
  // Every third block not kept was removed (a menu line).
  const removed = blocks
    .filter((block) => !kept(block.index) && block.index % 3 === 0)
    .map((block) => ({
      text: block.text,
      rule: 'nav.menu',
      kind: 'navigation' as const,
      block: block.index,
      line: block.line,
    }))
    // Not always in block order (a page's removed list is not): every ninth moved to the end.
    .sort((a, b) => Number(a.block % 9 === 0) - Number(b.block % 9 === 0));
  return {
    blocks,
    title: anchor === null ? null : `w${anchor}`,
    titleBlock: anchor,
    body: blocks.filter((block) => kept(block.index) && block.index !== anchor),
    removed,
    inputWords: total,
    // One word per block.
    removedWords: removed.length,
  };
}

/** The reference: a block is read when it is within READ_REACH of one of the centres. */
function near(index: number, centres: readonly (number | null)[]): boolean {
  return centres.some((centre) => centre !== null && Math.abs(index - centre) <= READ_REACH);
}

describe('readerView', () => {
  it('hands a page of up to 2 × READ_REACH + 1 blocks over as it is', () => {
    const cleaned = page(2 * READ_REACH + 1, () => true, 3);
    expect(readerView(cleaned, 3)).toBe(cleaned);
  });

  it('reads a large page within READ_REACH of its start, end, headline and body ends only', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2 * READ_REACH + 2, max: 8 * READ_REACH }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 7 }),
        (total, anchorAt, firstAt, lastAt, stride) => {
          const anchor = anchorAt === null ? null : Math.floor(anchorAt * (total - 1));
          const [a, b] = [Math.floor(firstAt * (total - 1)), Math.floor(lastAt * (total - 1))];
          const [from, to] = a <= b ? [a, b] : [b, a];
          const cleaned = page(total, (i) => i >= from && i <= to && i % stride === 0, anchor);
          const view = readerView(cleaned, anchor);
          const centres = [
            0,
            total - 1,
            anchor,
            cleaned.body[0]?.index ?? null,
            cleaned.body.at(-1)?.index ?? null,
          ];
          // Look-ups by index and the length are the page's.
          expect(view.blocks.length).toBe(total);
          for (let i = 0; i < total; i += 97) expect(view.blocks[i]).toBe(cleaned.blocks[i]);
          // Iteration: the blocks near a centre, in order, each once.
          const read = [...view.blocks].map((block) => block.index);
          expect(read).toEqual(
            cleaned.blocks.filter((block) => near(block.index, centres)).map((b) => b.index),
          );
          expect(view.body).toEqual(cleaned.body.filter((block) => near(block.index, centres)));
          expect(view.titleBlock).toBe(cleaned.titleBlock);
          expect(view.removed).toEqual(cleaned.removed.filter((item) => near(item.block, centres)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('merges overlapping reaches into ordered, disjoint ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.array(fc.option(fc.nat(), { nil: null }), { maxLength: 6 }),
        (total, raw) => {
          const centres = raw.map((c) => (c === null ? null : c % total));
          const ranges = readRanges(total, centres);
          for (let k = 1; k < ranges.length; k++) expect(ranges[k]![0]).toBeGreaterThan(ranges[k - 1]![1]);
          const covered = (i: number) => ranges.some(([f, t]) => i >= f && i < t);
          for (let i = 0; i < total; i += 13) expect(covered(i)).toBe(near(i, centres));
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Every vocabulary heading line, prefix and count noun, as written in the vocabularies. */
const HEADINGS = LANGUAGES.flatMap((l) => [
  ...(l.chrome.commentsHeading?.lines ?? []),
  ...(l.chrome.commentsHeading?.prefixes ?? []),
  ...(l.chrome.relatedHeading?.lines ?? []),
  ...l.countNouns.comments.map((noun) => `12 ${noun}`),
  ...l.countNouns.commentsOn.map((on) => `3 ${on} x`),
]);

describe('mayBeVocabularyHeading', () => {
  it('is true of every text a vocabulary heading test takes', () => {
    const decorated = fc
      .tuple(
        fc.oneof(fc.constantFrom(...HEADINGS), fc.string({ maxLength: 12 })),
        fc.constantFrom('', ' ', ':', ' (12)', ' »', '…', '...', ' →', '?'),
        fc.constantFrom('none', 'upper', 'title', 'quote', 'tab', 'nbsp'),
        fc.string({ maxLength: 3 }),
      )
      .map(([text, tail, casing, noise]) => {
        const cased =
          casing === 'upper'
            ? text.toUpperCase()
            : casing === 'title'
              ? text.charAt(0).toUpperCase() + text.slice(1)
              : casing === 'quote'
                ? `\u2019${text}`
                : casing === 'tab'
                  ? text.replace(/ /g, '\t')
                  : casing === 'nbsp'
                    ? text.replace(/ /g, '\u00a0')
                    : text;
        return `${noise.length === 1 ? noise : ''}${cased}${tail}`.trim();
      });
    fc.assert(
      fc.property(decorated, (text) => {
        const key = headingKey(text);
        if (vocabularyCommentsHeading(key) || vocabularyRelatedHeading(key))
          expect(mayBeVocabularyHeading(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const heading of HEADINGS) {
      expect(mayBeVocabularyHeading(heading)).toBe(true);
      expect(mayBeVocabularyHeading(heading.toUpperCase())).toBe(true);
    }
  });

  it('is false of a text whose first character opens no heading', () => {
    expect(mayBeVocabularyHeading('Zzz top')).toBe(false);
    expect(mayBeVocabularyHeading('§ Impressum')).toBe(false);
  });
});

describe('mayBeZoneHeading', () => {
  const fragments = fc.constantFrom(
    'Comments',
    'comment',
    'RESPONSES',
    'Replies',
    'Discussion',
    'reader  comments',
    'Leave a Reply',
    'join the conversation',
    'What do you think?',
    '12 thoughts on “x”',
    '3 Comments',
    'Related',
    'related stories',
    'You might also like',
    'More from',
    'Recent posts',
    'Latest News',
    'Popular articles',
    'Read next',
    'Recommended for you',
    'Trending now',
    'Further reading',
    'Keep Reading',
    'Up next',
    'See also',
    ' ',
    ':',
    ' (4)',
    'ı',
    'ſ',
    'K',
    'w123',
    '1',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.array(fragments, { maxLength: 3 }).map((parts) => parts.join('')),
  );

  it('is true for every text COMMENTS_HEADING or RELATED_HEADING matches', () => {
    fc.assert(
      fc.property(texts, (raw) => {
        const text = raw.trim();
        if (COMMENTS_HEADING.test(text) || RELATED_HEADING.test(text))
          expect(mayBeZoneHeading(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rules out one-word blocks and most short lines', () => {
    expect(mayBeZoneHeading('w123')).toBe(false);
    expect(mayBeZoneHeading('Share')).toBe(false);
    expect(mayBeZoneHeading('Comments')).toBe(true);
    expect(mayBeZoneHeading('RELATED')).toBe(true);
  });
});

/** A page of `texts`, one block each: the headline at `anchor`, the blocks in `kept` the article's body. */
function textPage(texts: readonly string[], anchor: number | null, kept: readonly number[]): CleanResult {
  const blocks = texts.map((text, i) => newBlock(i, text, i * 2 + 1));
  return {
    blocks,
    title: anchor === null ? null : texts[anchor]!,
    titleBlock: anchor,
    body: blocks.filter((block) => kept.includes(block.index)),
    removed: [],
    inputWords: texts.length,
    removedWords: 0,
  };
}

/** The indexes of `cleaned`'s blocks the zones exclude. */
function excludedOf(cleaned: CleanResult, anchor: number | null): number[] {
  const zones = blockZones(cleaned, anchor);
  return cleaned.blocks.map((block) => block.index).filter((index) => zones.excluded.has(index));
}

describe('blockZones: comment threads', () => {
  // A menu, the headline (block 6), its byline and dateline, the article, the thread.
  const texts = [
    'Home',
    'Feed on',
    'Posts',
    'Comments',
    '« Older post',
    'Newer post »',
    'The headline of the article',
    'By Jane Doe',
    '30 October 2019',
    'The first paragraph of the article, long enough to be kept as its body.',
    'The second paragraph of the article, long enough to be kept as its body.',
    '3 Comments',
    'John Smith, 31 October 2019',
    'A comment on the article.',
  ];

  it('excludes the thread after the article from its heading to the end of the page', () => {
    expect(excludedOf(textPage(texts, 6, [9, 10]), 6)).toEqual([11, 12, 13]);
  });

  it('takes a "Comments" entry in a menu above the headline for no thread', () => {
    // Three more menu lines on top put the menu's "Comments" past 35 % of the page, where a thread may start.
    const late = ['Home', 'Feed on', 'Posts', ...texts.slice(0, 3), ...texts.slice(3)];
    // "Comments" at 6, the headline at 9, the body 12-13, the thread's "3 Comments" at 14.
    expect(excludedOf(textPage(late, 9, [12, 13]), 9)).toEqual([14, 15, 16]);
  });

  it('takes a "Comment" link between the headline and the article for no thread', () => {
    // Headline 0, byline and dateline, share links with "Comment" (past 35 % of the page), the article.
    const header = ['The headline', 'By Jane Doe', '30 October 2019', 'Share', 'Print', 'Save', 'Comment'];
    const article = ['First paragraph of the article body.', 'Second paragraph of the article body.'];
    const cleaned = textPage([...header, ...article, 'Comments', 'John Smith: a comment.'], 0, [7, 8]);
    expect(excludedOf(cleaned, 0)).toEqual([9, 10]);
  });

  it('believes a heading after the headline when no body was kept', () => {
    const cleaned = textPage(['Menu', 'The headline', 'By Jane Doe', 'Comments', 'John: a comment.'], 1, []);
    expect(excludedOf(cleaned, 1)).toEqual([3, 4]);
  });
});

describe('blockZones: related lists', () => {
  /** `textPage` with the blocks of `kinds` removed as that kind (the cleaner's notes). */
  function withRemoved(
    cleaned: CleanResult,
    kinds: Record<number, 'related' | 'dateline' | 'byline'>,
  ): CleanResult {
    const removed = Object.entries(kinds).map(([index, kind]) => {
      const block = cleaned.blocks[Number(index)]!;
      return { text: block.text, rule: 'test', kind, block: block.index, line: block.line };
    });
    return { ...cleaned, removed };
  }
  const texts = [
    'The headline',
    'By Jane Doe',
    'The article, long enough to be kept as its body.',
    'Another teaser headline',
    'Learn more',
    'December 16, 2025',
    'A third teaser headline',
    'By John Smith',
    'Contact us',
  ];

  it("takes a dateline or byline between two of a list's entries after the article as the list's", () => {
    const cleaned = withRemoved(textPage(texts, 0, [2]), {
      1: 'byline',
      3: 'related',
      4: 'related',
      5: 'dateline',
      6: 'related',
      7: 'byline',
    });
    // 5 lies between two related entries; 7 ends the list (8 is no entry), the headline's byline stays.
    expect(excludedOf(cleaned, 0)).toEqual([3, 4, 5, 6]);
  });

  it('leaves a line between two entries that is no byline or dateline, and any before the article ends', () => {
    const before = withRemoved(textPage(texts, 0, [8]), {
      3: 'related',
      4: 'related',
      5: 'dateline',
      6: 'related',
    });
    expect(excludedOf(before, 0)).toEqual([3, 4, 6]);
    const other = withRemoved(textPage(texts, 0, [2]), { 3: 'related', 5: 'related' });
    expect(excludedOf(other, 0)).toEqual([3, 5]);
  });
});

describe('blockZones: a related list inside the article', () => {
  it("ends at the article's next kept block", () => {
    // "Read More" of a teaser between the headline's block and the article: the article's paragraphs (3, 5) and the
    // dateline between them are not the list's.
    const texts = [
      'The headline',
      'A teaser headline',
      'Read More',
      'The first paragraph of the article.',
      'April 3, 2019',
      'The second paragraph of the article.',
    ];
    expect(excludedOf(textPage(texts, 0, [3, 5]), 0)).toEqual([2]);
  });

  it('runs on over kept entries after the article has started', () => {
    // The cleaner kept the list's entries (3, 4): a list after the article's start is not cut by them.
    const texts = ['The headline', 'The article.', 'Related articles', 'Ten ways to save', 'By Jane Roe'];
    expect(excludedOf(textPage(texts, 0, [1, 3, 4]), 0)).toEqual([2, 3, 4]);
  });
});
