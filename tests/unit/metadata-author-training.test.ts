import { describe, expect, it } from 'vitest';
import { type AuthorSetting, steadiestSetting } from '../training/author-data.ts';

const setting = (
  threshold: number,
  genericThreshold: number,
  score: number,
  lambda = 0.001,
): AuthorSetting => ({
  lambda,
  threshold,
  genericThreshold,
  score,
});

describe('train-authors: the steady choice of thresholds', () => {
  it('gives a tie within TIE of the best score to the highest thresholds', () => {
    // Prepare: a ridge of settings whose sums differ by under the tie, and one far below it.
    const admitted = [
      setting(0.35, 0.55, 1.385),
      setting(0.4, 0.55, 1.381),
      setting(0.5, 0.5, 1.374),
      setting(0.6, 0.6, 1.339),
    ];
    // Act
    const chosen = steadiestSetting(admitted, 0.015);
    // Assess: 0.5/0.5 is tied with the best; 0.6/0.6 is not, whatever its thresholds.
    expect(chosen).toEqual(setting(0.5, 0.5, 1.374));
  });

  it('keeps the best score when nothing ties with it, and breaks equal thresholds by the larger penalty', () => {
    const admitted = [setting(0.35, 0.55, 1.385), setting(0.5, 0.5, 1.374)];
    expect(steadiestSetting(admitted, 0)).toEqual(setting(0.35, 0.55, 1.385));
    const same = [setting(0.5, 0.5, 1.38, 0.001), setting(0.5, 0.5, 1.379, 0.003), setting(0.5, 0.45, 1.38)];
    expect(steadiestSetting(same, 0.005)).toEqual(setting(0.5, 0.5, 1.379, 0.003));
  });

  it('chooses nothing when no setting meets the floors', () => {
    expect(steadiestSetting([], 0.015)).toBeUndefined();
  });
});
