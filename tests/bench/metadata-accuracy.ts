/**
 * Metadata accuracy: `npm run bench:metadata [-- CORPUS...]`.
 *
 * Default corpora: ../shared/bench/dev, check and multi (dev and check judged as score.py does, multi as
 * snippets.py's metadata columns do: see metadata-scoring.ts). For each: title, author and date exact, the
 * precision of each (of the pages whose gold has the field and where we give a value, the share that is
 * right: fuzzy for authors, exact for dates; "strict" also counts a value where the gold has none as wrong),
 * and the confidence calibration table of check (provenance confidence bucket → share right, strict).
 * Then the metadata stage alone is timed on the first corpus.
 *
 * Options (environment): HTML=1 reads NAME.html.gz instead of NAME.txt; TOOL=soup-spaced (or lynx, w3m, elinks,
 * html2text, soup: tests/support/text-browsers.ts) reads each page's HTML as that tool renders it, the renderings
 * kept in a folder of the system's temp folder (metadata-scoring.ts renderFolder) for the next run;
 * CALIBRATION_ALL=1 prints every corpus's calibration table, not only check's; LIST=title|author|date prints the
 * pages where that field is wrong (never on check: it is scored in aggregate only).
 */
import { basename, join, resolve } from 'node:path';
import { clean } from '../../functions/core/clean.ts';
import { decode } from '../../functions/core/decode.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { extractMetadata } from '../../functions/core/metadata/index.ts';
import { processDocument } from '../../functions/core/pipeline.ts';
import type { RemovedItem } from '../../functions/core/types.ts';
import { TOOL_LAYOUTS, type ToolLayout, toolAvailable } from '../support/text-browsers.ts';
import { type CorpusPage, type Judged, judge, readPages, scorerOf } from './metadata-scoring.ts';

const BENCH = resolve(import.meta.dirname, '../../../shared/bench');
const corpora = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev', 'check', 'multi'];
const list = process.env.LIST ?? '';
const html = process.env.HTML === '1';
const tool = process.env.TOOL as ToolLayout | undefined;
if (tool !== undefined && !TOOL_LAYOUTS.includes(tool))
  throw new Error(`TOOL=${tool}: not one of ${TOOL_LAYOUTS.join(', ')}`);
if (tool !== undefined && !toolAvailable(tool))
  throw new Error(`TOOL=${tool}: the tool is not installed here`);

/** The corpus's pages as the run reads them: text, HTML, or a tool's rendering of the HTML. */
const pagesOf = (dir: string): CorpusPage[] => readPages(dir, html, tool);

type Field = 'title' | 'author' | 'date';
const FIELDS: Field[] = ['title', 'author', 'date'];
const PROVENANCE: Record<Field, 'title' | 'authors' | 'publishedAt'> = {
  title: 'title',
  author: 'authors',
  date: 'publishedAt',
};

interface Row {
  name: string;
  judged: Judged;
  confidence: Record<Field, number | null>;
  invariant: number;
}

/** How the removed bylines and datelines were used (or why not), over all corpora. */
const notes = new Map<string, number>();

const EMPTY = { title: null, authors: [], publishedAt: null, removed: [] as RemovedItem[] };

const rate = (hits: number, total: number) => (total === 0 ? '  -  ' : (hits / total).toFixed(3));

function run(dir: string): Row[] {
  const scorer = scorerOf(dir);
  const rows: Row[] = [];
  for (const page of pagesOf(dir)) {
    const processed = processDocument(page.bytes, { name: page.file });
    // A rejected page (empty, binary) is scored as an empty prediction, as the scorers do.
    const record = processed.status === 'clean' ? processed : EMPTY;
    const judged = judge(scorer, page.gold, record);
    const provenance = (record as { provenance?: Record<string, { confidence: number } | null> }).provenance;
    for (const item of record.removed) {
      const note = item.usedFor ? `used:${item.usedFor.join('+')}` : item.unusedBecause;
      if (note && (item.kind === 'byline' || item.kind === 'dateline'))
        notes.set(note, (notes.get(note) ?? 0) + 1);
    }
    const confidence = {} as Record<Field, number | null>;
    for (const field of FIELDS) confidence[field] = provenance?.[PROVENANCE[field]]?.confidence ?? null;
    const invariant = record.removed.filter(
      (item) =>
        (item.kind === 'byline' || item.kind === 'dateline') &&
        item.usedFor === undefined &&
        item.unusedBecause === undefined,
    ).length;
    rows.push({ name: page.name, judged, confidence, invariant });
    if (list && !basename(dir).startsWith('check')) {
      const j = judged[list as Field];
      if (j && (j.gold || j.given) && !j.right) {
        const gold =
          list === 'title' ? page.gold.title : list === 'author' ? page.gold.author : page.gold.date;
        const got = list === 'title' ? record.title : list === 'author' ? record.authors : record.publishedAt;
        console.log(`${page.name}  gold=${JSON.stringify(gold ?? null)}  got=${JSON.stringify(got)}`);
      }
    }
  }
  return rows;
}

function summary(label: string, rows: Row[]): void {
  const cells: string[] = [];
  for (const field of FIELDS) {
    const withGold = rows.filter((row) => row.judged[field].gold);
    const exact = withGold.filter((row) => row.judged[field].exact).length;
    const given = rows.filter((row) => row.judged[field].given);
    const givenGold = given.filter((row) => row.judged[field].gold);
    const right = givenGold.filter((row) => row.judged[field].right).length;
    const cell =
      field === 'title'
        ? `title ${rate(exact, withGold.length)}`
        : `${field} ${rate(exact, withGold.length)} (precision ${rate(right, givenGold.length)}, strict ${rate(right, given.length)}, given ${given.length}/${rows.length})`;
    cells.push(cell);
  }
  const invariant = rows.reduce((sum, row) => sum + row.invariant, 0);
  console.log(`${label.padEnd(8)} ${String(rows.length).padStart(3)} pages | ${cells.join(' | ')}`);
  console.log(`${''.padEnd(22)}byline/dateline lines removed without a note in the audit: ${invariant}`);
}

const BUCKETS = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0001];

function calibration(label: string, rows: Row[]): void {
  console.log(
    `calibration on ${label} (provenance confidence → share right; a value where the gold has none is wrong)`,
  );
  console.log(`  bucket       ${FIELDS.map((f) => f.padStart(14)).join('')}`);
  for (let b = 0; b < BUCKETS.length - 1; b++) {
    const lo = BUCKETS[b]!;
    const hi = BUCKETS[b + 1]!;
    const cells = FIELDS.map((field) => {
      const inBucket = rows.filter((row) => {
        const c = row.confidence[field];
        return row.judged[field].given && c !== null && c >= lo && c < hi;
      });
      const right = inBucket.filter((row) => row.judged[field].right).length;
      return `${rate(right, inBucket.length)} (${String(inBucket.length).padStart(3)})`.padStart(14);
    });
    console.log(`  [${lo.toFixed(2)}, ${Math.min(hi, 1).toFixed(2)}${hi > 1 ? ']' : ')'} ${cells.join('')}`);
  }
  const high = FIELDS.map((field) => {
    const inBucket = rows.filter((row) => row.judged[field].given && (row.confidence[field] ?? 0) >= 0.8);
    const right = inBucket.filter((row) => row.judged[field].right).length;
    return `${rate(right, inBucket.length)} (${String(inBucket.length).padStart(3)})`.padStart(14);
  });
  console.log(`  ≥ 0.80       ${high.join('')}`);
}

const results = new Map<string, Row[]>();
for (const name of corpora) {
  const dir = name.includes('/') ? resolve(name) : join(BENCH, name);
  results.set(basename(dir), run(dir));
}
console.log(
  `metadata accuracy${tool ? ` (the HTML as ${tool} renders it)` : html ? ' (HTML input)' : ''}: exact; precision = right of given where the gold has the field`,
);
for (const [label, rows] of results) summary(label, rows);
console.log(
  `removed bylines/datelines: ${[...notes]
    .sort((a, b) => b[1] - a[1])
    .map(([note, n]) => `${note} ${n}`)
    .join(', ')}`,
);
for (const [label, rows] of results) if (label.startsWith('check')) calibration(label, rows);
if (process.env.CALIBRATION_ALL === '1')
  for (const [label, rows] of results) if (!label.startsWith('check')) calibration(label, rows);

// The metadata stage alone, on the first corpus.
const first = corpora[0]!;
const stageMs: number[] = [];
for (const page of pagesOf(first.includes('/') ? resolve(first) : join(BENCH, first))) {
  const decoded = decode(page.bytes);
  if (!decoded.ok) continue;
  const layout = readLayout(decoded.text, page.file);
  const cleaned = clean(layout.blocks);
  const body = cleaned.body.map((block) => block.text).join('\n\n');
  const t0 = process.hrtime.bigint();
  extractMetadata(cleaned, body, {}, { evidence: layout.evidence });
  stageMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
stageMs.sort((x, y) => x - y);
const median = stageMs[Math.floor(stageMs.length / 2)] ?? 0;
const p95 = stageMs[Math.min(stageMs.length - 1, Math.floor(0.95 * stageMs.length))] ?? 0;
console.log(`metadata stage on ${first}: median ${median.toFixed(2)} ms/page, p95 ${p95.toFixed(2)} ms/page`);
