/**
 * The numbers of hints.ts. The article-container numbers are learned: `npm run train:hints -- --write` chooses
 * them by 5-fold cross-validation on the HTML of dev and multi and writes hint-settings.json. The penalties are
 * the classifier's own (classify.ts SETTINGS: rulePenalty, shortPenalty); the link shares were set by hand.
 */
import learned from './hint-settings.json' with { type: 'json' };

export const HINT_SETTINGS = {
  /** Value of a block in a chrome container: this, minus its words (up to 30), like a rule match. */
  chromePenalty: -3,
  /** A block with at least this share of link text is a menu entry or a teaser link… */
  menuLinkShare: 0.9,
  /** …and is worth at most this (a short non-prose line). */
  linkPenalty: -2,
  /** The article's container holds at least this share of the page's prose value. */
  containerShare: learned.containerShare,
  /** Inside it, a block no rule matched is worth at least this (a heading or list item of the article). */
  insideFloor: learned.insideFloor,
  /** …unless this share of it is link text. */
  chromeLinkShare: 0.5,
  /** Outside it, prose is worth this fraction of its value. */
  outsideFactor: learned.outsideFactor,
  /** Above the region's start, a paragraph with at least these log-odds starts it (region.ts; 100: never). */
  headOdds: learned.headOdds,
  /** Past the region's end, a block of the container extends it when the HTML model's log-odds are this… */
  tailOdds: learned.tailOdds,
  /** …and its value is above this… */
  tailValue: learned.tailValue,
  /** …across at most this many blocks in a row that are not (-1: no extension). */
  tailGap: learned.tailGap,
};
