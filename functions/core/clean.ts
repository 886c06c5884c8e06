import type { Block, CleanResult, RemovedItem } from './types.ts';

/** Cleaning stage (placeholder: first block is the title, a few obvious chrome lines go). */
export function clean(blocks: Block[]): CleanResult {
  const removed: RemovedItem[] = [];
  const body: Block[] = [];
  const first = blocks[0];
  for (const block of blocks.slice(1)) {
    if (/^(follow us|related articles$)/i.test(block.text)) {
      removed.push({
        text: block.text,
        rule: 'social.follow-us',
        kind: 'social',
        block: block.index,
        line: block.line,
      });
    } else {
      body.push(block);
    }
  }
  return { blocks, title: first?.text ?? null, titleBlock: first ? 0 : null, body, removed };
}
