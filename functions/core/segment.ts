import type { Block } from './types.ts';

/** Segmentation stage: the normalised text split into blocks at blank lines. */
export function segment(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let current: string[] = [];
  let start = 0;
  const flush = () => {
    if (current.length > 0) blocks.push({ index: blocks.length, text: current.join('\n'), line: start + 1 });
    current = [];
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      flush();
    } else {
      if (current.length === 0) start = i;
      current.push(line);
    }
  });
  flush();
  return blocks;
}
