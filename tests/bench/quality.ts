/**
 * Quality benchmark, every layout side by side: `npm run bench:quality [-- OPTIONS]`.
 *
 *   --splits dev,check,multi     which splits of ../shared/bench (default: all three)
 *   --layouts blocks,lines,markdown,html,dump   which layouts (default: all five; dump = one line per HTML
 *                                text node, rendered from NAME.html.gz as BeautifulSoup's get_text("\n") would;
 *                                multi has no layouts folder: its lines are NAME.txt without blank lines, its
 *                                markdown NAME.html.gz through turndown, as the bench made layouts/, see
 *                                tests/support/layout-render.ts; multi's markdown bodies are kept as their text)
 *                                also innertext (the HTML as a browser's innerText writes it, tests/support/inner-text.ts),
 *                                and lynx, w3m, elinks, html2text, html2text-inline, soup, soup-spaced, html-to-text, pandoc, pandoc-gfm, node-html-markdown, reader: the page's HTML as
 *                                that tool renders it
 *                                (tests/support/text-browsers.ts; a tool not installed is skipped with a notice)
 *   --worst N                    list the N worst pages (bag-of-words F1) of each run
 *   --keep DIR                   keep the predictions (DIR/<layout>-<split>/NAME.json)
 *
 * Each run cleans every page of a split in one of its layouts with the core in-process (as the CLI does:
 * processDocument on the file's bytes, named as a user would upload it: NAME.txt, NAME.md or NAME.html), then
 * scores the records with the bench's own scorers (score.py; --markdown for markdown bodies; snippets.py on
 * multi/) and prints one row per run: bag-of-words and shingle4 P/R/F1, title/author/date exact (the title also
 * with its case, `cased`: the scorers fold case), the pages
 * whose body is mostly wrong (bag-of-words F1 < 0.5), the layout the detector chose, and the core's time.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { detectLayout } from '../../functions/core/layout/detect.ts';
import { normalise } from '../../functions/core/normalise.ts';
import { processDocument } from '../../functions/core/pipeline.ts';
import { innerText } from '../support/inner-text.ts';
import { linesOf, markdownOf } from '../support/layout-render.ts';
import {
  MARKDOWN_TOOLS,
  renderWith,
  TOOL_LAYOUTS,
  type ToolLayout,
  toolAvailable,
  toolExtension,
} from '../support/text-browsers.ts';
import { textDump } from '../support/text-dump.ts';
import { casedTitleShare } from './metadata-scoring.ts';

type LayoutName = 'blocks' | 'lines' | 'markdown' | 'html' | 'dump' | 'innertext' | ToolLayout;
const BENCH = resolve(import.meta.dirname, '../../../shared/bench');

/** Rewrites each prediction's markdown body as its text, with score.py's own plain_markdown. */
const PLAIN_MARKDOWN = `
import glob, json, sys
sys.path.insert(0, sys.argv[1])
from score import plain_markdown
for path in glob.glob(sys.argv[2] + '/*.json'):
    with open(path, encoding='utf-8') as f:
        record = json.load(f)
    if isinstance(record.get('body'), str):
        record['body'] = plain_markdown(record['body'])
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(record, f)
`;

const { values } = parseArgs({
  options: {
    splits: { type: 'string', default: 'dev,check,multi' },
    layouts: { type: 'string', default: 'blocks,lines,markdown,html,dump' },
    worst: { type: 'string', default: '0' },
    keep: { type: 'string' },
  },
});
const splits = values.splits.split(',');
const isTool = (layout: string): layout is ToolLayout => (TOOL_LAYOUTS as readonly string[]).includes(layout);
const isMarkdownTool = (layout: string) => isTool(layout) && MARKDOWN_TOOLS.has(layout);
const layouts = (values.layouts.split(',') as LayoutName[]).filter((layout) => {
  if (!isTool(layout) || toolAvailable(layout)) return true;
  console.error(
    `${layout}: not installed here (apt-get install lynx w3m elinks python3-html2text python3-bs4 pandoc); skipped`,
  );
  return false;
});
const worst = Number(values.worst);
const out = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'copydesk-quality-'));

/** Where a layout's pages of a split are, and how a user would name such a file. */
function source(
  layout: LayoutName,
  split: string,
): { dir: string; read: (name: string) => Buffer; ext: string } | null {
  const plain = (dir: string, ext: string) => ({
    dir,
    ext,
    read: (name: string) => readFileSync(join(dir, `${name}.txt`)),
  });
  const splitDir = join(BENCH, split);
  const html = (name: string) => gunzipSync(readFileSync(join(splitDir, `${name}.html.gz`)));
  /** Pages rendered from the split's own files, named as a user would name the rendering. */
  const rendered = (ext: string, render: (name: string) => string) => ({
    dir: splitDir,
    ext,
    read: (name: string) => Buffer.from(render(name)),
  });
  if (layout === 'blocks') return plain(splitDir, '.txt');
  if (layout === 'dump') return rendered('.txt', (name) => textDump(html(name).toString('utf8')));
  if (layout === 'innertext') return rendered('.txt', (name) => innerText(html(name).toString('utf8')));
  if (layout === 'html') return { dir: splitDir, ext: '.html', read: html };
  if (isTool(layout))
    return rendered(toolExtension(layout), (name) => renderWith(layout, html(name).toString('utf8')) ?? '');
  const dir = join(BENCH, 'layouts', `${split}-${layout}`);
  if (existsSync(dir)) return plain(dir, layout === 'markdown' ? '.md' : '.txt');
  // No such folder (multi): rendered as the bench's layouts were, from the page's text or HTML.
  if (layout === 'lines')
    return rendered('.txt', (name) => linesOf(readFileSync(join(splitDir, `${name}.txt`), 'utf8')));
  if (layout === 'markdown') return rendered('.md', (name) => markdownOf(html(name).toString('utf8')));
  return null;
}

interface Row {
  layout: string;
  split: string;
  pages: number;
  line: string;
}

const rows: Row[] = [];
for (const split of splits) {
  for (const layout of layouts) {
    const from = source(layout, split);
    if (!from) continue;
    const names = readdirSync(from.dir)
      .filter((file) => file.endsWith('.gold.json'))
      .map((file) => file.slice(0, -'.gold.json'.length))
      .sort();
    const predictions = join(out, `${layout}-${split}`);
    rmSync(predictions, { recursive: true, force: true });
    mkdirSync(predictions, { recursive: true });
    const times: number[] = [];
    const detected = new Map<string, number>();
    for (const name of names) {
      const bytes = from.read(name);
      const fileName = `${name}${from.ext}`;
      const t0 = process.hrtime.bigint();
      const record = processDocument(bytes, { name: fileName });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const seen = detectLayout(normalise(bytes.toString('utf8')), null);
      detected.set(seen, (detected.get(seen) ?? 0) + 1);
      writeFileSync(join(predictions, `${name}.json`), JSON.stringify(record));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? 0;
    const detection = [...detected].map(([kind, n]) => `${kind} ${n}`).join(', ');
    const timing = `median ${median.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`;
    const line =
      split === 'multi'
        ? snippetsRow(predictions, layout === 'markdown' || isMarkdownTool(layout))
        : scoreRow(split, layout, predictions);
    rows.push({
      layout,
      split,
      pages: names.length,
      line: `${line} | ${timing} | detected without a name: ${detection}`,
    });
    console.error(`${layout} ${split}: done`);
  }
}

function scoreRow(split: string, layout: LayoutName, predictions: string): string {
  const corpus = ['blocks', 'html', 'dump', 'innertext', ...TOOL_LAYOUTS].includes(layout)
    ? join(BENCH, split)
    : join(BENCH, 'layouts', `${split}-${layout}`);
  const json = join(predictions, '..', `${layout}-${split}.score.json`);
  const args = [join(BENCH, 'score.py'), 'score', '--corpus', corpus, '--pred', predictions, '--json', json];
  if (layout === 'markdown' || isMarkdownTool(layout)) args.push('--markdown');
  if (worst > 0) args.push('--per-doc', String(worst));
  const printed = execFileSync('python3', args, { encoding: 'utf8' });
  if (worst > 0)
    console.log(
      `== ${layout} ${split}\n${printed
        .split('\n')
        .filter((l) => /worst|F1=/.test(l))
        .join('\n')}`,
    );
  const result = JSON.parse(readFileSync(json, 'utf8'));
  const all = result.all;
  const perDoc = Object.values(result.per_doc) as { bow: number[] }[];
  const bad = perDoc.filter((row) => row.bow[2]! < 0.5).length;
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '  -  ' : x.toFixed(3));
  return (
    `BoW ${f(all.wcxb.P)} ${f(all.wcxb.R)} ${f(all.wcxb.F1)} | shingle4 ${f(all.aeb.P)} ${f(all.aeb.R)} ${f(all.aeb.F1)} | ` +
    `title ${f(all.title?.exact)} (cased ${f(casedTitles(predictions, corpus))}) author ${f(all.author?.exact)} date ${f(all.date?.exact)} | F1<0.5: ${bad} (${((100 * bad) / perDoc.length).toFixed(1)}%)`
  );
}

/** The share of titles right with their case (metadata-scoring.ts casedTitleShare) of the predictions against `corpus`'s gold. */
function casedTitles(predictions: string, corpus: string): number | null {
  const pages: [string, string | null][] = [];
  for (const file of readdirSync(predictions)) {
    if (!file.endsWith('.json')) continue;
    const gold = JSON.parse(readFileSync(join(corpus, file.replace(/\.json$/, '.gold.json')), 'utf8'));
    if (!gold.title) continue;
    pages.push([gold.title, JSON.parse(readFileSync(join(predictions, file), 'utf8')).title ?? null]);
  }
  return casedTitleShare(pages);
}

function snippetsRow(predictions: string, markdown: boolean): string {
  const json = join(predictions, '..', 'multi.snippets.json');
  // snippets.py finds a snippet in the body's text: a markdown body is read as score.py --markdown reads one.
  if (markdown) execFileSync('python3', ['-c', PLAIN_MARKDOWN, BENCH, predictions]);
  execFileSync(
    'python3',
    [
      join(BENCH, 'snippets.py'),
      '--corpus',
      join(BENCH, 'multi'),
      '--pred',
      `copydesk=${predictions}`,
      '--json',
      json,
    ],
    {
      encoding: 'utf8',
    },
  );
  const result =
    JSON.parse(readFileSync(json, 'utf8')).systems?.copydesk ?? JSON.parse(readFileSync(json, 'utf8'));
  const r = result.precision === undefined ? Object.values(result)[0] : result;
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '  -  ' : x.toFixed(3));
  const m = r.meta;
  return (
    `snippets P ${f(r.precision)} R ${f(r.recall)} F1 ${f(r.f1)} | ` +
    `title ${f(m.title.exact)} (cased ${f(casedTitles(predictions, join(BENCH, 'multi')))}) author ${f(m.author_any.exact)} date ${f(m.date.exact)}`
  );
}

console.log(`\ncopydesk quality (predictions in ${out})`);
console.log('layout    split  pages | scores');
for (const row of rows)
  console.log(
    `${row.layout.padEnd(9)} ${row.split.padEnd(6)} ${String(row.pages).padStart(5)} | ${row.line}`,
  );
