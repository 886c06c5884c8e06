/**
 * The author training data: for every page of a corpus, the name candidates of metadata/authors.ts with their
 * features and which are right (one of the gold authors, or a match of the one gold author with token F1 ≥ 0.8).
 * Shared by train-authors.ts and train-confidence.ts.
 */
import { join } from 'node:path';
import { MAX_AUTHORS } from '../../functions/core/metadata/author-rules.ts';
import {
  AUTHOR_FEATURES,
  type NameCandidate,
  nameCandidates,
  pickAuthors,
} from '../../functions/core/metadata/authors.ts';
import { detectLanguage } from '../../functions/core/metadata/language.ts';
import { blockZones } from '../../functions/core/metadata/zones.ts';
import { normText, type Scorer, tokenF1 } from '../bench/metadata-scoring.ts';
import type { ToolLayout } from '../support/text-browsers.ts';
import { type ChoiceGroup, cleanedPages, dot, fitChoice } from './learn.ts';
import { BENCH } from './title-data.ts';

export interface AuthorPage {
  corpus: string;
  /** Read from the original HTML (else the plain text). */
  html: boolean;
  scorer: Scorer;
  name: string;
  /** The page's site (learn.ts siteOf): cross-validation folds are drawn by it. */
  site: string;
  gold: { author?: string | string[] };
  candidates: NameCandidate[];
  labels: number[];
}

export function goldParts(gold: string | string[] | undefined): string[] {
  if (!gold) return [];
  const all = Array.isArray(gold) ? gold : [gold];
  return all
    .flatMap((g) => g.split(/\s*(?:[;,&]|\band\b|\bund\b|\bet\b|\by\b)\s*/i))
    .map(normText)
    .filter(Boolean);
}

export function authorPages(corpus: string, html = false, tool?: ToolLayout): AuthorPage[] {
  const pages: AuthorPage[] = [];
  // Multi's gold names the author of some pages only (trafilatura's evaluation annotates what it tests): a page
  // without one there is no page without an author, so it teaches nothing. WCXB's gold omits it on purpose.
  const judged = (page: { gold: { author?: string | string[] } }, scorer: Scorer) =>
    scorer !== 'snippets' || goldParts(page.gold.author).length > 0;
  for (const { page, scorer, site, cleaned, body } of cleanedPages(join(BENCH, corpus), html, judged, tool)) {
    const when = { now: new Date(), language: detectLanguage(body) };
    const anchor = cleaned.titleBlock;
    const candidates = nameCandidates(cleaned, anchor, when, blockZones(cleaned, anchor));
    const parts = goldParts(page.gold.author);
    const whole = Array.isArray(page.gold.author) ? page.gold.author.join(', ') : (page.gold.author ?? '');
    const labels = candidates.map((c) =>
      parts.includes(normText(c.name)) || (whole && tokenF1(whole, c.name) >= 0.8) ? 1 : 0,
    );
    pages.push({
      corpus,
      html,
      scorer,
      name: page.name,
      site,
      gold: page.gold,
      candidates,
      labels,
    });
  }
  return pages;
}

export function groupOf(page: AuthorPage): ChoiceGroup {
  const right = Uint8Array.from(page.labels);
  return { options: page.candidates.map((c) => c.features), answer: page.labels.indexOf(1), right };
}

/** The choice model over the pages' names and "no author", fitted with L2 penalty lambda. */
export function trainAuthors(subset: AuthorPage[], lambda: number): Float64Array {
  return fitChoice(subset.map(groupOf), AUTHOR_FEATURES.length, lambda, true);
}

/** The page's authors under weights w and threshold t (the extractor's choice, replayed). */
export function authorsOf(
  page: AuthorPage,
  w: Float64Array,
  threshold: number,
  /** The threshold when the best name was found by the generic reader only (learned abstention). */
  genericThreshold = threshold,
): { authors: string[]; p: number } {
  const pick = pickAuthors(
    page.candidates,
    page.candidates.map((c) => dot(w, c.features)),
  );
  const p = pick?.probability ?? 0;
  if (!pick || p < (pick.best.rule === 'generic' ? genericThreshold : threshold)) return { authors: [], p };
  return { authors: pick.names.slice(0, MAX_AUTHORS), p };
}

/** A penalty and thresholds with the exact authors they reach under cross-validation (summed over corpora). */
export interface AuthorSetting {
  lambda: number;
  threshold: number;
  genericThreshold: number;
  score: number;
}

/**
 * The setting train-authors.ts keeps among those that meet the precision floors: the settings within `tie` of
 * the best score are tied (the data cannot tell them apart), and the tie goes to the highest threshold, then the
 * highest generic threshold, then the larger penalty: the one that abstains most. Undefined when none is given.
 */
export function steadiestSetting<S extends AuthorSetting>(
  admitted: readonly S[],
  tie: number,
): S | undefined {
  let top = Number.NEGATIVE_INFINITY;
  for (const s of admitted) if (s.score > top) top = s.score;
  return admitted
    .filter((s) => s.score >= top - tie - 1e-9)
    .sort(
      (a, b) => b.threshold - a.threshold || b.genericThreshold - a.genericThreshold || b.lambda - a.lambda,
    )[0];
}
