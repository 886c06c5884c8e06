/** The learned block model: the shipped data loads, and its removals carry the rule id and deciding features. */
import { afterEach, describe, expect, it } from 'vitest';
import { clean } from '../../functions/core/clean.ts';
import SHIPPED from '../../functions/core/cleaning/model.json' with { type: 'json' };
import {
  FEATURE_NAMES,
  HTML_FEATURE_NAMES,
  STACK_MODEL_FEATURES,
  setModel,
  type TreeModel,
} from '../../functions/core/cleaning/model.ts';
import SHIPPED_HTML from '../../functions/core/cleaning/model-html.json' with { type: 'json' };
import SHIPPED_STACK from '../../functions/core/cleaning/model-stack.json' with { type: 'json' };
import { segment } from '../../functions/core/layout/blocks.ts';
import { normalise } from '../../functions/core/normalise.ts';

const ARTICLE = [
  'The council approved the new cycle lanes on Tuesday after a two-year consultation with residents and shops.',
  'Work on the first stretch, along the river road, starts in March and should take about six months to finish.',
  'Enter your name',
  'Shop owners had asked for more loading bays, and the final plan adds four of them near the market square.',
  'The second stretch, past the station, follows next year if the budget allows it, the council said.',
  '© 2024 Example Times',
].join('\n\n');

/** One tree: blocks of at most 3 words (shortWords = 1) get log-odds -10, others +10. */
function shortBlocksOut(): TreeModel {
  return {
    features: [...FEATURE_NAMES],
    base: 0,
    roots: [0],
    feature: [FEATURE_NAMES.indexOf('shortWords'), -1, -1],
    threshold: [0.5, 0, 0],
    left: [1, -1, -1],
    right: [2, -1, -1],
    value: [0, 10, -10],
  };
}

afterEach(() => setModel('shipped'));

describe('block model', () => {
  it('ships trees over exactly the features model.ts computes', () => {
    const model = SHIPPED as TreeModel;

    expect(model.features).toEqual([...FEATURE_NAMES]);
    expect(model.roots.length).toBeGreaterThan(0);
    expect(model.value.every(Number.isFinite)).toBe(true);
  });

  it('ships an HTML model over the text features and the hint features', () => {
    const model = SHIPPED_HTML as TreeModel;

    expect(model.features).toEqual([...HTML_FEATURE_NAMES]);
    expect(model.features.slice(0, FEATURE_NAMES.length)).toEqual([...FEATURE_NAMES]);
    expect(model.roots.length).toBeGreaterThan(0);
    expect(model.value.every(Number.isFinite)).toBe(true);
  });

  it('ships a second-pass model over the text features and the stacked odds', () => {
    const model = SHIPPED_STACK as TreeModel;

    expect(model.features).toEqual([...STACK_MODEL_FEATURES]);
    expect(model.features.slice(0, FEATURE_NAMES.length)).toEqual([...FEATURE_NAMES]);
    expect(model.roots.length).toBeGreaterThan(0);
    expect(model.value.every(Number.isFinite)).toBe(true);
  });

  it('removes a short block inside the article it is sure of, with rule model.low-content and its features', () => {
    setModel(shortBlocksOut());

    const result = clean(segment(normalise(ARTICLE)));

    const item = result.removed.find((r) => r.text === 'Enter your name');
    expect(item?.rule).toBe('model.low-content');
    expect(item?.features).toEqual(['shortWords']);
    expect(result.body.map((b) => b.text)).not.toContain('Enter your name');
  });

  it('changes nothing when switched off', () => {
    setModel('off');

    const result = clean(segment(normalise(ARTICLE)));

    expect(result.body.map((b) => b.text)).toContain('Enter your name');
  });
});
