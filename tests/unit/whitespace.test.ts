import { describe, expect, it } from 'vitest';
import { isJsSpace, JS_SPACE_RANGES } from '../../functions/core/whitespace.ts';

describe('JS_SPACE_RANGES', () => {
  it('holds exactly the code units isJsSpace and /\\s/ accept', () => {
    const inRanges = (c: number) => JS_SPACE_RANGES.some(([from, to]) => c >= from && c <= to);
    const disagreements: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const space = /\s/.test(String.fromCharCode(c));
      if (inRanges(c) !== space || isJsSpace(c) !== space) disagreements.push(c);
    }
    expect(disagreements).toEqual([]);
  });
});
