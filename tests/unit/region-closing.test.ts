/** Plain text: the short statements that close an article stay in it; a call to action after it does not. */
import { describe, expect, it } from 'vitest';
import { processText } from '../../functions/core/pipeline.ts';

const HEAD = ['Festival draws 20,000 visitors', 'By Peter Meyer', 'March 12, 2025'];
const LEAD =
  'Under bright sunshine, around 20,000 people visited the town festival at the weekend. The organisers were pleased with the turnout and the weather, and the stalls sold out by Sunday noon.';
const CLOSING = 'The police reported no serious incidents.';

const bodyOf = (blocks: string[]) => {
  const record = processText(blocks.join('\n\n'), { name: 'festival.txt' });
  if (record.status !== 'clean') throw new Error(`not clean: ${record.status}`);
  return record.body;
};

describe("an article's closing statements", () => {
  it('keeps a short last paragraph at the end of the page', () => {
    expect(bodyOf([...HEAD, LEAD, CLOSING])).toBe(`${LEAD}\n\n${CLOSING}`);
  });

  it('keeps it above the chrome a rule removes (a share bar, a "Related" heading)', () => {
    const body = bodyOf([
      ...HEAD,
      LEAD,
      CLOSING,
      'Share this article',
      'Related',
      'Town council approves budget',
    ]);
    expect(body).toBe(`${LEAD}\n\n${CLOSING}`);
  });

  it('leaves out a question after the article (a call to action), and a statement with more unmatched text under it', () => {
    expect(bodyOf([...HEAD, LEAD, 'Ready to plan your next visit?'])).toBe(LEAD);
    // Headlines no rule knows under it: the statement may be a teaser's too, so it goes with them, as before.
    expect(
      bodyOf([...HEAD, LEAD, CLOSING, 'Town council approves budget', 'Second teaser headline here']),
    ).toBe(LEAD);
  });
});
