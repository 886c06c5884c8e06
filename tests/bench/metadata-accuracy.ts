/**
 * Metadata accuracy on a corpus: `npm run bench:metadata -- [CORPUS]` (default ../shared/bench/dev).
 * Runs processDocument on every NAME.txt, compares title/author/date with NAME.gold.json the way
 * the corpus's score.py does (NFKC + case-fold + whitespace-collapsed equality; token F1 ≥ 0.8 for
 * fuzzy; dates to YYYY-MM-DD), adds precision (of the pages where we give a value, the share that is
 * right; a value where the gold has none counts as wrong), and times the metadata stage alone.
 * Set LIST=author|date|title to print the pages where that field is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../../functions/core/clean.ts';
import { decode } from '../../functions/core/decode.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { extractMetadata } from '../../functions/core/metadata/index.ts';
import { normalise } from '../../functions/core/normalise.ts';
import { processDocument } from '../../functions/core/pipeline.ts';

interface Gold {
  title?: string;
  author?: string;
  date?: string;
}

const corpus = resolve(process.argv[2] ?? '../shared/bench/dev');
const list = process.env.LIST ?? '';
const FUZZY = 0.8;

/** score.py's _norm_text: NFKC, whitespace runs (incl. NBSP) to one space, trimmed, case-folded. */
function normText(value: string | null | undefined): string {
  return (value ?? '')
    .normalize('NFKC')
    .replace(/[ \t\n\r\f\v\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Python's Unicode \w, near enough: letters, marks, digits, connector punctuation. */
function tokens(value: string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of normText(value).matchAll(/[\p{L}\p{M}\p{N}\p{Pc}]+/gu))
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

function tokenF1(gold: string, predicted: string | null): number {
  const a = tokens(gold);
  const b = tokens(predicted);
  const sizeA = [...a.values()].reduce((s, n) => s + n, 0);
  const sizeB = [...b.values()].reduce((s, n) => s + n, 0);
  if (sizeA === 0 || sizeB === 0) return sizeA === 0 && sizeB === 0 ? 1 : 0;
  let overlap = 0;
  for (const [token, count] of a) overlap += Math.min(count, b.get(token) ?? 0);
  if (overlap === 0) return 0;
  const p = overlap / sizeB;
  const r = overlap / sizeA;
  return (2 * p * r) / (p + r);
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/** score.py's norm_date: YYYY-MM-DD (or YYYY-MM) from ISO-ish or "Month D, YYYY" / "D Month YYYY". */
function normDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const pad = (n: string | number) => String(Number(n)).padStart(2, '0');
  const iso = s.match(/^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?/);
  if (iso) return `${iso[1]}-${pad(iso[2] ?? '')}${iso[3] ? `-${pad(iso[3])}` : ''}`;
  const low = s.toLowerCase();
  const mdy = low.match(/([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/);
  if (mdy && MONTHS.includes(mdy[1] ?? ''))
    return `${mdy[3]}-${pad(MONTHS.indexOf(mdy[1] ?? '') + 1)}-${pad(mdy[2] ?? '')}`;
  const dmy = low.match(/(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})/);
  if (dmy && MONTHS.includes(dmy[2] ?? ''))
    return `${dmy[3]}-${pad(MONTHS.indexOf(dmy[2] ?? '') + 1)}-${pad(dmy[1] ?? '')}`;
  return null;
}

const rate = (hits: number, total: number) => (total === 0 ? '  -  ' : (hits / total).toFixed(3));

const names = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))
  .sort();
const t = { n: 0, exact: 0, fuzzy: 0 };
const a = { n: 0, exact: 0, fuzzy: 0, given: 0, givenRight: 0 };
const d = { n: 0, exact: 0, given: 0, givenRight: 0 };
const stageMs: number[] = [];

for (const name of names) {
  const bytes = readFileSync(join(corpus, `${name}.txt`));
  const gold = JSON.parse(readFileSync(join(corpus, `${name}.gold.json`), 'utf8')) as Gold;
  const record = processDocument(bytes);
  if (record.status !== 'clean') continue;
  const title = record.title;
  const author = record.authors.length > 0 ? record.authors.join(', ') : null;
  const date = record.publishedAt;

  if (gold.title) {
    t.n++;
    const exact = normText(gold.title) === normText(title);
    t.exact += Number(exact);
    t.fuzzy += Number(tokenF1(gold.title, title) >= FUZZY);
    if (list === 'title' && !exact)
      console.log(`${name}  gold=${JSON.stringify(gold.title)}  got=${JSON.stringify(title)}`);
  }
  const authorRight = gold.author ? tokenF1(gold.author, author) >= FUZZY : false;
  if (gold.author) {
    a.n++;
    a.exact += Number(normText(gold.author) === normText(author));
    a.fuzzy += Number(authorRight);
  }
  if (author !== null) {
    a.given++;
    a.givenRight += Number(authorRight);
  }
  if (list === 'author' && (author !== null || gold.author) && !authorRight)
    console.log(`${name}  gold=${JSON.stringify(gold.author ?? null)}  got=${JSON.stringify(author)}`);
  const goldDate = normDate(gold.date);
  const predicted = normDate(date);
  const dateRight =
    goldDate !== null && predicted !== null && predicted.slice(0, goldDate.length) === goldDate;
  if (goldDate) {
    d.n++;
    d.exact += Number(dateRight);
  }
  if (predicted !== null) {
    d.given++;
    d.givenRight += Number(dateRight);
  }
  if (list === 'date' && (predicted !== null || goldDate) && !dateRight)
    console.log(`${name}  gold=${goldDate}  got=${predicted}`);

  // The metadata stage alone, on the same cleaned input the pipeline built.
  const decoded = decode(bytes);
  if (!decoded.ok) continue;
  const cleaned = clean(segment(normalise(decoded.text)));
  const body = cleaned.body.map((block) => block.text).join('\n\n');
  const t0 = process.hrtime.bigint();
  extractMetadata(cleaned, body, {});
  stageMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
}

stageMs.sort((x, y) => x - y);
const mean = stageMs.reduce((s, x) => s + x, 0) / Math.max(1, stageMs.length);
const p95 = stageMs[Math.min(stageMs.length - 1, Math.floor(0.95 * stageMs.length))] ?? 0;
console.log(`metadata accuracy on ${corpus} (${names.length} pages)`);
console.log(`  title   exact ${rate(t.exact, t.n)}  fuzzy ${rate(t.fuzzy, t.n)}   (n=${t.n})`);
console.log(`  author  exact ${rate(a.exact, a.n)}  fuzzy ${rate(a.fuzzy, a.n)}   (n=${a.n})`);
console.log(`  author  precision (fuzzy) ${rate(a.givenRight, a.given)}   (given on ${a.given} pages)`);
console.log(`  date    exact ${rate(d.exact, d.n)}   (n=${d.n})`);
console.log(`  date    precision ${rate(d.givenRight, d.given)}   (given on ${d.given} pages)`);
const median = stageMs[Math.floor(stageMs.length / 2)] ?? 0;
console.log(
  `  metadata stage: median ${median.toFixed(2)} ms/page, mean ${mean.toFixed(2)} ms/page, p95 ${p95.toFixed(2)} ms/page`,
);
