/**
 * Each field's value ranked from the text's own evidence and the page's HTML evidence, with where it came from
 * (the input line), what it rested on (a stable evidence code) and a calibrated confidence.
 *
 * Ranking, per field (the text reader's choice is kept when the HTML agrees or says nothing; where they differ,
 * the rule follows what was right more often on the DEV and multi pages' HTML):
 * - title: the headline line; the page's declared headline (JSON-LD, og:title; <title> without the site's name)
 *   when the title model is unsure of its line (below 0.8 for a JSON-LD or meta headline, 0.5 for a <title>);
 * - authors: the byline; the page's declared authors when the text has none or the author model is unsure
 *   (below 0.6) and they differ; the reporters of a credit line ("Reporting by …") when nothing else names anyone;
 * - publishedAt: the dateline; the page's declared publication date (JSON-LD, meta) when the text states none
 *   (where both state one and differ, the text's was right 18 times, the HTML's 13), the URL's /YYYY/MM/DD/ when
 *   nothing else does; updatedAt likewise, when later than publishedAt;
 * - site: the source URL's host, the canonical URL's host, a domain the page's chrome names as its own.
 *
 * The confidence is a logistic model of the evidence (the text model's probability, agreement between the
 * text and the HTML, the kind of line) whose weights confidence-model.json holds, fitted on DEV by
 * tests/training/train-confidence.ts so that, on pages it has not seen, values at 0.8 or more are right at
 * least 95% of the time (its table is printed by `npm run bench:metadata`).
 */
import type { Block, CleanResult, FieldProvenance } from '../types.ts';
import type { AuthorResult } from './authors.ts';
import MODEL from './confidence-model.json' with { type: 'json' };
import type { Credits } from './credits.ts';
import type { DateResult, DateSignals } from './dates.ts';
import type { HtmlSource, HtmlValue } from './evidence.ts';

/** The field values the confidence model weighs. */
export type ScoredField = 'title' | 'authors' | 'publishedAt' | 'site';

export const CONFIDENCE_FEATURES = {
  title: [
    'bias',
    'textProbability',
    'noTextLine',
    'agreesHtml',
    'fromHtml',
    'heading',
    'htmlDisagrees',
    'barCut',
    'sureLine',
    'withAuthors',
    'withDate',
    'curlyQuotes',
    'repeatedLine',
    'bylineUnder',
  ],
  authors: [
    'bias',
    'modelProbability',
    'labelled',
    'generic',
    'agreesHtml',
    'fromHtml',
    'htmlDisagrees',
    'creditLine',
    'severalNames',
    'withDate',
    'sureTitle',
    'late',
    'rival',
    'headerName',
  ],
  publishedAt: [
    'bias',
    'labelled',
    'original',
    'template',
    'byline',
    'header',
    'plain',
    'margin',
    'severalDates',
    'manyDates',
    'agreesHtml',
    'fromHtml',
    'htmlDisagrees',
    'urlPath',
    'urlAgrees',
    'nearTitle',
    'nearByline',
    'repeated',
    'withAuthors',
    'sureTitle',
    'updated',
    'modelProbability',
  ],
  site: ['bias', 'url', 'canonical', 'chrome'],
} as const satisfies Record<ScoredField, readonly string[]>;

/** A field's value with what the confidence model weighs. */
export interface Choice<T> {
  value: T;
  line: number | null;
  evidence: string;
  features: Float64Array;
}

function vector<F extends ScoredField>(
  field: F,
  set: Partial<Record<(typeof CONFIDENCE_FEATURES)[F][number], number>>,
) {
  const names = CONFIDENCE_FEATURES[field] as readonly string[];
  const x = new Float64Array(names.length);
  x[0] = 1;
  for (const [name, value] of Object.entries(set)) {
    const k = names.indexOf(name);
    if (k >= 0) x[k] = value as number;
  }
  return x;
}

const WEIGHTS = Object.fromEntries(
  (Object.keys(CONFIDENCE_FEATURES) as ScoredField[]).map((field) => {
    const weights = (MODEL.fields as Record<string, Record<string, number>>)[field] ?? {};
    return [field, Float64Array.from(CONFIDENCE_FEATURES[field], (name) => weights[name] ?? 0)];
  }),
) as Record<ScoredField, Float64Array>;

/**
 * On a page the layout cut out of long lines (layout/space-runs.ts arePiecesOfLines) the headline, the byline and
 * the date line are pieces cut by a guess, and the same features are worth less: the model's log-odds there are
 * re-scaled (`offset + scale × log-odds`), fitted on flat renderings of DEV and multi (train-confidence.ts), and
 * never above the model's own: a re-scaling flatter than the model's (the dates', scale 0.3) would otherwise lift a
 * value the model doubts above what the same value earns on a page of lines.
 */
const FLAT = (MODEL as { flat?: Partial<Record<ScoredField, { offset: number; scale: number }>> }).flat ?? {};

/** The confidence of a field's value: the logistic model of its features, two decimals. */
export function confidenceOf(field: ScoredField, features: Float64Array, flatPage = false): number {
  const w = WEIGHTS[field];
  let z = 0;
  for (let k = 0; k < features.length; k++) z += w[k]! * features[k]!;
  const flat = flatPage ? FLAT[field] : undefined;
  if (flat) z = Math.min(z, flat.offset + flat.scale * z);
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

export function provenanceOf(
  field: ScoredField,
  choice: Choice<unknown> | null,
  flatPage = false,
): FieldProvenance | null {
  if (choice === null) return null;
  return {
    line: choice.line,
    evidence: choice.evidence,
    confidence: confidenceOf(field, choice.features, flatPage),
  };
}

/** Letters and digits only, lower-cased: what two spellings of one title or name share. */
const squash = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The input line of the first block whose text (a line of it) is `text`, or null. */
function lineOfText(blocks: readonly Block[], text: string): number | null {
  const key = squash(text);
  if (key.length === 0) return null;
  for (const block of blocks) {
    if (block.text.length > 400) continue;
    const lines = block.text.split('\n');
    for (let k = 0; k < lines.length; k++) if (squash(lines[k]!) === key) return block.line + k;
  }
  return null;
}

/** What the other fields found: a page with a clear header (a sure headline, a byline, a date) is surer of each. */
export interface PageFacts {
  hasAuthors: boolean;
  hasDate: boolean;
  /** The title model's probability for its headline. */
  titleProbability: number;
}

const facts = (page: PageFacts) => ({
  withAuthors: page.hasAuthors ? 1 : 0,
  withDate: page.hasDate ? 1 : 0,
  sureTitle: page.titleProbability >= 0.8 ? 1 : 0,
});

/**
 * The title model is sure enough of its line that a headline the HTML declares does not replace it: where they
 * differed on DEV and multi, the line was right 106 times to 35 at 0.8 and above, the JSON-LD or meta headline
 * 41 times to 30 between 0.5 and 0.8, a <title> 5 times to 11 there. A title the file states about its own
 * content (front matter, a reader's header, a JSON item's field, a feed item's title) always replaces a line that
 * is not it, whole or as a part: such a file's text is the article's body, its headline most often left out
 * (Jina Reader's "Title:" over Readability's content: a line of the body, a heading or a caption, was the title of
 * 109 of DEV's 368 such renders and 212 of multi's 478; `bench:quality --layouts reader` titles right 0.505 → 0.657 on
 * DEV, 0.440 → 0.614 on multi, check in aggregate 0.471 → 0.656).
 * The line replaced stays in the record's audit (audit.ts withReplacedHeadline).
 */
const SURE_TITLE: Record<string, number> = {
  'json-ld': 0.8,
  meta: 0.8,
  'front-matter': Number.POSITIVE_INFINITY,
  json: Number.POSITIVE_INFINITY,
  feed: Number.POSITIVE_INFINITY,
  extractor: Number.POSITIVE_INFINITY,
  'title-tag': 0.5,
};

/** Where a page's declared title joins its headline to the site's name or a section's ("Headline | Site"). */
const TITLE_PART_SEPARATOR = /\s+(?:\||-|–|—|::|:|·|•|»)\s+|\s*»\s*/u;

/**
 * The declared title is the headline line, whole or as one of its parts around a separator the site name was not
 * cut at ("My Debt-Free Journey | Part 1 - Hope+Cents", "Muffin Grundrezept : Muffin Rezepte").
 */
function declares(declared: string, line: string): boolean {
  const key = squash(line);
  return (
    squash(declared) === key || declared.split(TITLE_PART_SEPARATOR).some((part) => squash(part) === key)
  );
}

/**
 * The file states the title beside its text (front matter, a reader's header, a JSON item, a feed item, an
 * extractor's XML): its title is the record's unless the text's headline line is it (SURE_TITLE above).
 */
export function statesTitle(source: HtmlSource): boolean {
  return SURE_TITLE[source] === Number.POSITIVE_INFINITY;
}

/** The title was read from the text's headline line (its evidence `heading` or `headline`, agreeing or not). */
export function isLineTitle(title: Choice<string>): boolean {
  return /^head(?:ing|line)(?:\+|$)/.test(title.evidence);
}

export function rankTitle(
  cleaned: CleanResult,
  text: string | null,
  html: readonly HtmlValue<string>[],
  page: PageFacts,
): Choice<string> | null {
  const block = cleaned.titleBlock === null ? undefined : cleaned.blocks[cleaned.titleBlock];
  const probability = cleaned.titleProbability ?? 0;
  const heading = block?.hints?.heading === 1 ? 1 : 0;
  const barCut = text !== null && block !== undefined && squash(text) !== squash(block.text) ? 1 : 0;
  const agree = text ? html.find((h) => declares(h.value, text)) : undefined;
  // Typographic quotes: references keep or straighten them about equally often (DEV: 10 and 9 pages).
  const curlyQuotes = text !== null && /[‘’“”]/u.test(text) ? 1 : 0;
  const support = block === undefined ? { repeatedLine: 0, bylineUnder: 0 } : lineSupport(cleaned, block);
  if (text && agree)
    return {
      value: text,
      line: block?.line ?? null,
      evidence: `${heading ? 'heading' : 'headline'}+${agree.source}`,
      features: vector('title', {
        ...facts(page),
        textProbability: probability,
        sureLine: probability >= 0.9 ? 1 : 0,
        curlyQuotes,
        ...support,
        agreesHtml: 1,
        heading,
        barCut,
      }),
    };
  const declared = html[0];
  if (declared && (!text || probability < (SURE_TITLE[declared.source] ?? 0.5))) {
    const line = lineOfText(cleaned.blocks, declared.value);
    return {
      value: declared.value,
      line,
      evidence: declared.source,
      features: vector('title', {
        textProbability: probability,
        fromHtml: 1,
        noTextLine: line === null ? 1 : 0,
      }),
    };
  }
  if (!text) return null;
  return {
    value: text,
    line: block?.line ?? null,
    evidence: heading ? 'heading' : 'headline',
    features: vector('title', {
      ...facts(page),
      textProbability: probability,
      sureLine: probability >= 0.9 ? 1 : 0,
      curlyQuotes,
      ...support,
      heading,
      barCut,
      htmlDisagrees: html.length > 0 ? 1 : 0,
    }),
  };
}

/** Blocks after the headline within which its byline or date line is looked for. */
const BYLINE_UNDER = 3;

/**
 * What singles out a sure headline line: the page shows it again (another block of the same text: a breadcrumb
 * item, a share text, a heading copy), and a byline or date line removed right under it.
 */
function lineSupport(cleaned: CleanResult, block: Block): { repeatedLine: number; bylineUnder: number } {
  const own = block.text.trim().toLowerCase();
  let repeatedLine = 0;
  for (const other of cleaned.blocks) {
    if (other === block || other.text.length < own.length || other.text.length > own.length + 40) continue;
    if (other.text.trim().toLowerCase() === own) {
      repeatedLine = 1;
      break;
    }
  }
  let bylineUnder = 0;
  for (const item of cleaned.removed) {
    if (item.block <= block.index || item.block > block.index + BYLINE_UNDER) continue;
    if (item.kind === 'byline' || item.kind === 'dateline' || item.kind === 'metadata') bylineUnder = 1;
  }
  return { repeatedLine, bylineUnder };
}

/** Below this probability of the author model, authors the HTML declares replace the byline's. */
const SURE_AUTHORS = 0.6;

/** Evidence code of a byline by the rule that found its most probable name. */
function bylineEvidence(rule: string | null): string {
  switch (rule) {
    case 'label':
      return 'author-box';
    case 'byline':
      return 'byline';
    case 'bio':
      return 'bio';
    case 'signature':
      return 'signature';
    case 'copyright':
      return 'copyright';
    case 'glued':
      return 'post-line';
    case 'header':
    case 'outlet':
    case 'bare':
      return 'header-name';
    default:
      return 'name-line';
  }
}

export function rankAuthors(
  cleaned: CleanResult,
  byline: AuthorResult,
  credits: Credits,
  html: HtmlValue<string[]> | null,
  labelled: boolean,
  page: PageFacts,
): Choice<string[]> | null {
  const text = byline.authors;
  const several = (names: string[]) => (names.length > 1 ? 1 : 0);
  const agrees =
    html !== null && text.some((name) => html.value.some((other) => squash(other) === squash(name)));
  const base = {
    ...facts(page),
    modelProbability: byline.probability,
    labelled: labelled ? 1 : 0,
    generic: byline.rule === 'generic' ? 1 : 0,
  };
  if (text.length > 0 && (agrees || html === null || byline.probability >= SURE_AUTHORS)) {
    const evidence = bylineEvidence(byline.rule);
    return {
      value: text,
      line: byline.line,
      evidence: agrees ? `${evidence}+${html!.source}` : evidence,
      features: vector('authors', {
        ...base,
        agreesHtml: agrees ? 1 : 0,
        htmlDisagrees: html !== null && !agrees ? 1 : 0,
        severalNames: several(text),
        late: byline.late ? 1 : 0,
        rival: byline.rivals > 0 ? 1 : 0,
        headerName: byline.rule === 'header' || byline.rule === 'bare' || byline.rule === 'outlet' ? 1 : 0,
      }),
    };
  }
  if (html !== null) {
    const line = lineOfText(cleaned.blocks, html.value[0]!) ?? firstMention(cleaned.blocks, html.value[0]!);
    return {
      value: html.value,
      line,
      evidence: html.source,
      features: vector('authors', { ...base, fromHtml: 1, severalNames: several(html.value) }),
    };
  }
  if (credits.reporters.length > 0)
    return {
      value: credits.reporters.slice(0, 5),
      line: credits.reporterLine,
      evidence: 'credit-line',
      features: vector('authors', {
        ...facts(page),
        creditLine: 1,
        severalNames: several(credits.reporters),
      }),
    };
  return null;
}

/** The line of the first short block naming the person (a byline the text reader did not trust). */
function firstMention(blocks: readonly Block[], name: string): number | null {
  for (const block of blocks) {
    if (block.text.length > 300) continue;
    const k = block.text.split('\n').findIndex((line) => line.includes(name));
    if (k >= 0) return block.line + k;
  }
  return null;
}

/** Below this probability the text's date gives way to a different date the HTML declares. */
export const TEXT_OVER_HTML = 0.75;

/** Evidence code of the text's publication date. */
export function rankPublished(
  dates: DateResult & { signals: DateSignals },
  html: HtmlValue<string> | null,
  urlDate: string | null,
  page: PageFacts,
): Choice<string> | null {
  const signals = dates.signals;
  // A date the text labels as an update is the publication only when nothing else says when it was published.
  // So is a date the model is not sure of where the HTML declares another (dev and multi HTML, text date at
  // 0.65-0.75 against a differing HTML date: the HTML's right 4 of 4, the text's 0).
  const gives =
    html === null ||
    (dates.evidence !== 'dateline-updated' &&
      (html.value === dates.publishedAt || signals.probability >= TEXT_OVER_HTML));
  const text = gives ? dates.publishedAt : null;
  const urlAgrees = urlDate !== null && (urlDate === text || urlDate === html?.value) ? 1 : 0;
  if (text !== null) {
    const agrees = html !== null && html.value === text;
    return {
      value: text,
      line: signals.publishedLine,
      evidence: agrees ? `${dates.evidence}+${html.source}` : (dates.evidence ?? 'dateline'),
      features: vector('publishedAt', {
        ...facts(page),
        ...textDateFeatures(dates),
        agreesHtml: agrees ? 1 : 0,
        htmlDisagrees: html !== null && !agrees ? 1 : 0,
        urlAgrees,
      }),
    };
  }
  if (html !== null)
    return {
      value: html.value,
      line: null,
      evidence: html.source,
      features: vector('publishedAt', { ...facts(page), fromHtml: 1, urlAgrees }),
    };
  if (urlDate !== null)
    return {
      value: urlDate,
      line: null,
      evidence: 'url-path',
      features: vector('publishedAt', { urlPath: 1 }),
    };
  return null;
}

function textDateFeatures(dates: DateResult & { signals: DateSignals }) {
  if (dates.publishedAt === null) return {};
  const s = dates.signals;
  const evidence = dates.evidence;
  return {
    labelled: evidence === 'dateline-labelled' ? 1 : 0,
    original: evidence === 'dateline-original' ? 1 : 0,
    template: evidence === 'dateline-template' ? 1 : 0,
    byline: evidence === 'dateline-byline' ? 1 : 0,
    header: evidence === 'dateline-header' ? 1 : 0,
    plain: evidence === 'dateline' ? 1 : 0,
    margin: Math.max(-4, Math.min(4, s.score - s.rivalScore)) / 4,
    severalDates: s.distinct === 2 ? 1 : 0,
    manyDates: s.distinct > 2 ? 1 : 0,
    nearTitle: s.nearTitle,
    nearByline: s.nearByline,
    repeated: s.repeats > 1 ? 1 : 0,
    updated: evidence === 'dateline-updated' ? 1 : 0,
    modelProbability: s.probability,
  };
}

/** Confidence of an update date (no gold states one: fixed by evidence, not calibrated). */
const UPDATED_CONFIDENCE: Record<string, number> = {
  'json-ld': 0.9,
  meta: 0.85,
  'front-matter': 0.85,
  json: 0.85,
  feed: 0.85,
  extractor: 0.85,
  'dateline-labelled': 0.8,
};

export function rankUpdated(
  dates: DateResult & { signals: DateSignals },
  html: HtmlValue<string> | null,
  publishedAt: string | null,
): { value: string; provenance: FieldProvenance } | null {
  const later = (iso: string | null) => iso !== null && (publishedAt === null || iso > publishedAt);
  if (html !== null && later(html.value))
    return {
      value: html.value,
      provenance: {
        line: html.value === dates.updatedAt ? dates.signals.updatedLine : null,
        evidence: html.value === dates.updatedAt ? `dateline-labelled+${html.source}` : html.source,
        confidence: UPDATED_CONFIDENCE[html.source] ?? 0.8,
      },
    };
  if (dates.updatedAt !== null && later(dates.updatedAt))
    return {
      value: dates.updatedAt,
      provenance: {
        line: dates.signals.updatedLine,
        evidence: 'dateline-labelled',
        confidence: UPDATED_CONFIDENCE['dateline-labelled']!,
      },
    };
  return null;
}

export function rankSite(
  urlHost: string | null,
  canonicalHost: string | null,
  chrome: { domain: string; line: number } | null,
): Choice<string> | null {
  if (urlHost) return { value: urlHost, line: null, evidence: 'url', features: vector('site', { url: 1 }) };
  if (canonicalHost)
    return {
      value: canonicalHost,
      line: null,
      evidence: 'canonical-url',
      features: vector('site', { canonical: 1 }),
    };
  if (chrome)
    return {
      value: chrome.domain,
      line: chrome.line,
      evidence: 'chrome-domain',
      features: vector('site', { chrome: 1 }),
    };
  return null;
}
