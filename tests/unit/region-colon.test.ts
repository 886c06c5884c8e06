/** Plain text: the list that a last paragraph ending with a colon announces stays in the article's region. */
import { describe, expect, it } from 'vitest';
import { applyModel, classify } from '../../functions/core/cleaning/classify.ts';
import { extendRegion, findRegion } from '../../functions/core/cleaning/region.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { normalise } from '../../functions/core/normalise.ts';

const ARTICLE = [
  'How we clean a rented flat',
  'When tenants move out, the flat has to be handed back in the state it was let in, and that takes more than a quick sweep of the floors.',
  'We start at the top of each room and work down, so that dust from the shelves never lands on a floor that was already mopped.',
];
const MENU = ['Home', 'Services', 'Prices', 'Contact'];
const LIST = [
  'Degreasing the oven, the hob and the hood above them',
  'Wiping limescale off the taps, the shower screen and the tiles',
  'Cleaning inside the kitchen cupboards and the drawers',
  'Washing the skirting boards, the door frames and the light switches',
];

/** The texts of the region's first and last blocks. */
function regionOf(lead: string): { first: string; last: string } {
  const text = [...MENU, ...ARTICLE, lead, ...LIST, ...MENU, '© 2024 Example Cleaners'].join('\n\n');
  const units = classify(segment(normalise(text)));
  applyModel(units);
  const region = extendRegion(units, findRegion(units), null);
  return { first: units[region.start]!.block.text, last: units[region.end]!.block.text };
}

describe('a list announced by a colon', () => {
  it('runs the region over the list under a last paragraph that ends with a colon, not over the menu after it', () => {
    const region = regionOf(
      'Some of the jobs that tenants most often forget, and that we always do, include:',
    );

    expect(region.first).toBe(ARTICLE[1]);
    expect(region.last).toBe(LIST[3]);
  });

  it('leaves the lines under a title-cased heading with a colon out', () => {
    const region = regionOf('Our Most Popular Extra Cleaning Services:');

    expect(LIST).not.toContain(region.last);
  });
});
