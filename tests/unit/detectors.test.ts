/**
 * Tests generated from the DETECTORS table (functions/core/detectors.ts): every line detector removes its
 * `match` examples with its own id, passes them through its pre-filter, and leaves its `noMatch` examples alone;
 * every page detector removes the named block of its example page with its own id. So every documented id is
 * emitted.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../functions/core/clean.ts';
import { verdictForLine } from '../../functions/core/cleaning/classify.ts';
import { lineKeys } from '../../functions/core/cleaning/text.ts';
import { features } from '../../functions/core/cleaning/text-fast.ts';
import { DETECTORS, type LineDetector, type PageDetector } from '../../functions/core/detectors.ts';
import { readLayout } from '../../functions/core/layout.ts';

function verdict(line: string) {
  return verdictForLine(line, features(line).words);
}

const LINE = DETECTORS.filter((d) => d.scope === 'line') as readonly LineDetector[];
const PAGE = DETECTORS.filter((d) => d.scope === 'page') as readonly PageDetector[];

describe.each(LINE)('line detector $id', (detector) => {
  it.each([...detector.examples.match])('removes "%s"', (line) => {
    const result = verdict(line);

    expect(result?.rule).toBe(detector.id);
  });

  it.each([...detector.examples.match])('lets "%s" through its pre-filter', (line) => {
    const key = lineKeys(line).key;
    const words = features(line).words;
    const input = {
      line,
      key,
      words,
      digit: words <= 40 && /\d/.test(key),
      separator: /[>›»/→\\:|•·]/.test(line),
    };

    const passes = detector.prefilter(input);

    expect(passes).toBe(true);
  });

  it.each([...detector.examples.noMatch])('keeps "%s"', (line) => {
    const result = verdict(line);

    expect(result?.rule).not.toBe(detector.id);
  });
});

describe.each(PAGE.filter((d) => d.examples.length > 0))('page detector $id', (detector) => {
  it.each([...detector.examples])('removes "$removes" from its example page', ({ page, removes }) => {
    // Read as the layout stage reads a text in blank-line blocks (its front matter first, when it has one).
    const result = clean(readLayout(page, null, 'blocks').blocks);

    const rules = result.removed.filter((item) => item.text.startsWith(removes)).map((item) => item.rule);

    expect(rules).toContain(detector.id);
  });
});

describe('the detector table', () => {
  it('has unique ids', () => {
    const ids = DETECTORS.map((d) => d.id);

    expect(new Set(ids).size).toBe(ids.length);
  });
});
