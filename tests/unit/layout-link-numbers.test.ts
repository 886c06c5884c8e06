/**
 * Link numbers (layout/link-numbers.ts): a text browser's dump writes "[N]" before each link's text and lists the
 * targets at its end; the record's body reads the text without the numbers, and a text without the list keeps
 * every bracketed number it has.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../functions/core/layout/blocks.ts';
import { markLinkTargets, withoutLinkNumbers } from '../../functions/core/layout/link-numbers.ts';
import { processText } from '../../functions/core/pipeline.ts';
import type { Block } from '../../functions/core/types.ts';

/** The text's blocks with the list of targets marked and the link numbers dropped, as the layout stage does. */
function readDump(text: string): Block[] {
  const marked = markLinkTargets(text, segment(text));
  return withoutLinkNumbers(marked.blocks, marked.last);
}

const BODY = [
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter. "We cannot wait for the next flood," said the mayor, Anna Berg.',
  'Local businesses welcomed the decision, though some worried about the noise of construction during the summer season.',
];

const dump = (list: string[]) =>
  [
    '   [1]Home [2]News [3]Sport',
    'Council approves new harbour wall',
    'By Jane Doe',
    BODY[0]!.replace('harbour wall', '[4]harbour wall'),
    BODY[1]!,
    BODY[2]!,
    '   [5]Share on Facebook',
    'References',
    list.join('\n'),
  ].join('\n\n');

const TARGETS = [
  '   1. https://harbour.example.com/',
  '   2. https://harbour.example.com/news',
  '   3. https://harbour.example.com/sport',
  '   4. https://harbour.example.com/wall',
  '   5. https://www.facebook.com/sharer.php?u=https://harbour.example.com/wall',
];

describe('link numbers of a text browser’s dump', () => {
  it('are dropped where the text ends with the numbered list of targets', () => {
    const record = processText(dump(TARGETS), { name: 'lynx.txt' });
    expect(record.body).toBe(BODY.join('\n\n'));
    // The list and its heading are the tool's, removed as such.
    expect(
      record.removed.filter((item) => item.rule === 'layout.link-targets').map((item) => item.text),
    ).toEqual(['References', TARGETS.join('\n')]);
    expect(record.title).toBe('Council approves new harbour wall');
    expect(record.authors).toEqual(['Jane Doe']);
  });

  it('leave no line where a link had no text (an image without alt text: "[4]" alone)', () => {
    const text = [
      '   [1]Home [2]News [3]Sport',
      'Council approves new harbour wall',
      '   [4]',
      '   [4]\n   Jane Doe\n   [5]',
      ...BODY,
      'References',
      TARGETS.join('\n'),
    ].join('\n\n');
    const blocks = readDump(text);

    expect(blocks.map((block) => block.text).slice(0, 3)).toEqual([
      '   Home News Sport',
      'Council approves new harbour wall',
      '   Jane Doe',
    ]);
    // Numbered again, each block at its own line in the file.
    expect(blocks.map((block) => block.index)).toEqual(blocks.map((_, i) => i));
    expect(blocks[2]!.line).toBe(8);
    expect(text.split('\n')[blocks[2]!.line - 1]).toBe('   Jane Doe');
  });

  it('are dropped with labels inside the list ("Hidden links:")', () => {
    const list = [...TARGETS.slice(0, 4), '', '   Hidden links:', TARGETS[4]!];
    const blocks = readDump(dump(list));
    expect(blocks[0]!.text).toBe('   Home News Sport');
    expect(blocks[3]!.text).toBe(BODY[0]);
  });

  it("are dropped where a frame's entry names it after its URL", () => {
    // "IFRAME: [1]https://…" in the text; its entry "1. https://… ASU Online".
    const list = [`${TARGETS[0]!} ASU Online`, ...TARGETS.slice(1)];
    const blocks = readDump(dump(list));
    expect(blocks[0]!.text).toBe('   Home News Sport');
    expect(blocks[3]!.text).toBe(BODY[0]);
  });

  it("are dropped where lynx lists an image map's targets after the references, numbered from 1 again", () => {
    const list = [
      ...TARGETS,
      '',
      '[USEMAP]',
      'file://localhost/tmp/page.html#headericons',
      '   1. https://www.youtube.com/user/harbour',
      '   2. https://twitter.com/harbour',
    ];
    const record = processText(dump(list), { name: 'lynx.txt' });
    expect(record.body).toBe(BODY.join('\n\n'));
    expect(record.title).toBe('Council approves new harbour wall');
  });

  it('only as far as the list goes where the text has numbers out of order (a citation after its link)', () => {
    const text = dump(TARGETS.slice(0, 3)).replace('the old town', 'the old town [2]');
    const blocks = readDump(text);
    expect(blocks[0]!.text).toBe('   Home News Sport');
    expect(blocks[3]!.text).toContain('[4]harbour wall');
  });

  it('past the list too where every number runs in order (elinks lists only a page’s first links)', () => {
    const blocks = readDump(dump(TARGETS.slice(0, 3)));
    expect(blocks[0]!.text).toBe('   Home News Sport');
    expect(blocks[3]!.text).toBe(BODY[0]);
    expect(blocks[6]!.text).toBe('   Share on Facebook');
  });

  it('are dropped where the list leaves a number out (a link lynx hides)', () => {
    const gap = [TARGETS[0]!, TARGETS[1]!, TARGETS[3]!];
    const blocks = readDump(dump(gap));
    expect(blocks[0]!.text).toBe('   Home News Sport');
    expect(blocks[3]!.text).toBe(BODY[0]);
  });

  it('are dropped where an entry’s URL runs over lines (a mailto: with a body)', () => {
    const list = [
      ...TARGETS.slice(0, 3),
      '   4. mailto:?subject=Harbour wall&body=Read this',
      '',
      'and this',
      TARGETS[4]!,
    ];
    const blocks = readDump(dump(list));
    expect(blocks[0]!.text).toBe('   Home News Sport');
    expect(blocks[3]!.text).toBe(BODY[0]);
    expect(blocks.at(-1)!.hints?.linkTargets).toBe(true);
  });

  it('stay where the text has no list, or a list not numbered in order from 1', () => {
    const cited = `${BODY[0]} The wall was first proposed in 2019.[1]More detail in [2]the report.`;
    expect(readDump(cited)[0]!.text).toBe(cited);
    // Not from 1, not in order, or no URLs ("Note:" is a label's colon, not a scheme's).
    for (const list of [
      TARGETS.slice(1),
      [TARGETS[0]!, TARGETS[2]!, TARGETS[1]!],
      ['   1. Note:', '   2. See:'],
    ]) {
      const text = dump(list);
      expect(readDump(text)).toEqual(segment(text));
    }
    const notLast = `${dump(TARGETS)}\n\nA closing paragraph after the list.`;
    expect(readDump(notLast)).toEqual(segment(notLast));
  });
});
