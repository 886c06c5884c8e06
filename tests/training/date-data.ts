/**
 * The date training data: for every page of a corpus, the date candidates of metadata/dates.ts with their
 * features and which state the gold publication date (as the corpus's scorer judges a date). Shared by
 * train-dates.ts and train-confidence.ts.
 */
import { join } from 'node:path';
import {
  DATE_FEATURES,
  type DateCandidate,
  pickDate,
  scoreDate,
} from '../../functions/core/metadata/dates.ts';
import { htmlPublished, urlPathDate } from '../../functions/core/metadata/evidence.ts';
import { analyseMetadata } from '../../functions/core/metadata/index.ts';
import { TEXT_OVER_HTML } from '../../functions/core/metadata/provenance.ts';
import { judge, type Scorer } from '../bench/metadata-scoring.ts';
import { type ChoiceGroup, cleanedPages, fitChoice } from './learn.ts';
import { BENCH } from './title-data.ts';

export interface DatePage {
  corpus: string;
  html: boolean;
  scorer: Scorer;
  name: string;
  /** The page's site (learn.ts siteOf): cross-validation folds are drawn by it. */
  site: string;
  gold: { date?: string };
  candidates: DateCandidate[];
  labels: number[];
  /** The gold has a date (a page without one teaches the model to say "no date" on WCXB). */
  hasGold: boolean;
  /** HTML: the date the page declares (JSON-LD, meta tags, else its URL's path), null without one or on text. */
  declared: string | null;
}

export function isRightDate(scorer: Scorer, gold: DatePage['gold'], iso: string | null): boolean {
  return judge(scorer, gold, { title: null, authors: [], publishedAt: iso }).date.right;
}

export function datePages(corpus: string, html = false): DatePage[] {
  const pages: DatePage[] = [];
  const hasGoldDate = (gold: DatePage['gold'], scorer: Scorer) =>
    judge(scorer, gold, { title: null, authors: [], publishedAt: null }).date.gold;
  // Multi's gold states the date of some pages only (what trafilatura's evaluation tests): a page without
  // one there is no page without a date, so it teaches nothing. WCXB's gold omits it on purpose.
  const judged = (page: { gold: DatePage['gold'] }, scorer: Scorer) =>
    scorer !== 'snippets' || hasGoldDate(page.gold, scorer);
  for (const { page, scorer, site, layout, cleaned, body } of cleanedPages(
    join(BENCH, corpus),
    html,
    judged,
  )) {
    const hasGold = hasGoldDate(page.gold, scorer);
    const { dateCandidates, metadata } = analyseMetadata(cleaned, body, {}, { evidence: layout.evidence });
    const evidence = layout.evidence ?? null;
    const context = { now: new Date(), language: evidence?.lang ?? metadata.language, numericOrder: null };
    const declared = html
      ? (htmlPublished(evidence, context)?.value ?? urlPathDate(evidence?.canonicalUrl, context))
      : null;
    const labels = dateCandidates.map((c) => (isRightDate(scorer, page.gold, c.iso) ? 1 : 0));
    pages.push({
      corpus,
      html,
      scorer,
      name: page.name,
      site,
      gold: page.gold,
      candidates: dateCandidates,
      labels,
      hasGold,
      declared,
    });
  }
  return pages;
}

export function dateGroup(page: DatePage): ChoiceGroup {
  return {
    options: page.candidates.map((c) => c.features),
    answer: page.labels.indexOf(1),
    right: Uint8Array.from(page.labels),
  };
}

/** The choice model over the pages' dates and "no date", fitted with L2 penalty lambda. */
export function trainDates(subset: DatePage[], lambda: number): Float64Array {
  return fitChoice(subset.map(dateGroup), DATE_FEATURES.length, lambda, true);
}

/** The page's publication date under weights w and threshold t (the extractor's choice, replayed). */
export function dateOf(
  page: DatePage,
  w: Float64Array,
  threshold: number,
): { iso: string | null; p: number } {
  const pick = pickDate(
    page.candidates,
    page.candidates.map((c) => scoreDate(c.features, w)),
  );
  const p = pick?.probability ?? 0;
  const iso = pick && p >= threshold ? pick.iso : null;
  if (!page.html) return { iso, p };
  // On HTML the declared date stands in for a text date held back, labelled only as an update, or unsure
  // beside a different declared one (provenance.ts rankPublished).
  const updatedOnly = pick !== null && pick.best.kind === 'updated' && !pick.best.labelAbove;
  const gives = page.declared === null || (!updatedOnly && (page.declared === iso || p >= TEXT_OVER_HTML));
  return { iso: (gives ? iso : null) ?? page.declared, p };
}
