/**
 * Clean uploads: `npx tsx tests/bench/clean-input.ts [--markdown|--lines|--html|--xml|--tei] [CORPUS...]` (default
 * ../shared/bench/dev; check is scored in aggregate only, as here). A user may upload an article that is clean
 * already: an extractor's output, a CMS export, a newspaper API's text. Each page's gold title and gold body, joined
 * as such a file writes them (the title, a blank line, the body), go through the core as a plain text upload
 * (`--markdown`: the title as a markdown heading, "# Title", in a file named .md; `--lines`: one element per line,
 * no blank line; `--html`: an HTML file of the article alone, the title an <h1>, each paragraph a <p>, no <title>;
 * `--xml`, `--tei`: an extractor's XML as trafilatura writes it with `--xml` and `--xml-tei`, the gold's title, author
 * and date as its fields, each paragraph a `p` of its text, layout/extractor-xml.ts).
 * Prints per corpus:
 * - the share of the gold body's words the record's body keeps (as a bag of words), and the pages that lose more
 *   than 3 % of them;
 * - the share of records whose title is the gold title, and how many have none;
 * - the same uploads without their title line (an extractor's body alone): how many records still get a title
 *   (the body's first line taken for it);
 * - how many record bodies change when cleaned again (`processText(body, { layout: 'blocks' })`; a markdown
 *   record's body as markdown, as reclean.ts reads it);
 * - for `--xml` and `--tei`, how many of the pages whose gold has an author and a date keep them: the record's
 *   authors are the names the file states (split at its semicolons) and its publication date is the one stated.
 */
import { resolve } from 'node:path';
import { processDocument, processText } from '../../functions/core/pipeline.ts';
import { readGolds } from './metadata-scoring.ts';

const args = process.argv.slice(2);
const FORMS = ['markdown', 'lines', 'html', 'xml', 'tei'] as const;
const form = FORMS.find((name) => args.includes(`--${name}`)) ?? 'text';
const declares = form === 'xml' || form === 'tei';
const named = args.filter((arg) => !arg.startsWith('--'));
const corpora = named.length > 0 ? named : ['../shared/bench/dev'];
const UPLOAD = {
  markdown: 'upload.md',
  html: 'upload.html',
  xml: 'upload.xml',
  tei: 'upload.xml',
  lines: 'upload.txt',
  text: 'upload.txt',
}[form];
const LOSSY_SHARE = 0.97;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The share of `gold`'s words that `body` holds, each word counted as often as each text has it. */
function keptShare(gold: string, body: string): { kept: number; of: number } {
  const left = new Map<string, number>();
  for (const word of words(body)) left.set(word, (left.get(word) ?? 0) + 1);
  let kept = 0;
  const goldWords = words(gold);
  for (const word of goldWords) {
    const n = left.get(word) ?? 0;
    if (n > 0) {
      kept++;
      left.set(word, n - 1);
    }
  }
  return { kept, of: goldWords.length };
}

interface Record {
  title: string | null;
  body: string;
  format: string;
  authors: string[];
  publishedAt: string | null;
}
const escaped = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
const attribute = (text: string) => escaped(text).replace(/"/gu, '&quot;');

/** What the gold states besides the title, for the forms that declare it. */
interface Fields {
  author: string | null;
  date: string | null;
}

/** The upload as the form writes the title (null: none) and the body. */
function upload(title: string | null, body: string, fields: Fields = { author: null, date: null }): string {
  if (declares) return extractorXml(title, body, fields);
  if (form === 'html') {
    const paragraphs = body.split(/\n{2,}/u).map((p) => `<p>${escaped(p).replace(/\n/gu, '<br>')}</p>`);
    const heading = title === null ? '' : `<h1>${escaped(title)}</h1>\n`;
    return `<!doctype html><html><head><meta charset="utf-8"></head><body><article>${heading}${paragraphs.join('\n')}</article></body></html>`;
  }
  const text = title === null ? `${body}\n` : `${form === 'markdown' ? '# ' : ''}${title}\n\n${body}\n`;
  return form === 'lines' ? text.replace(/\n{2,}/gu, '\n') : text;
}
/** The page as trafilatura's XML (`--xml`: the fields as the `doc` element's attributes) or its TEI (`--tei`). */
function extractorXml(title: string | null, body: string, { author, date }: Fields): string {
  const paragraphs = body.split(/\n{2,}/u).map((p) => `<p>${escaped(p).replace(/\n/gu, '<lb/>')}</p>`);
  if (form === 'xml') {
    const fields = [
      title === null ? '' : ` title="${attribute(title)}"`,
      author === null ? '' : ` author="${attribute(author)}"`,
      date === null ? '' : ` date="${attribute(date)}"`,
    ].join('');
    return `<doc sitename="Example" hostname="example.com"${fields}>\n  <main>\n    ${paragraphs.join('\n    ')}\n  </main>\n  <comments/>\n</doc>\n`;
  }
  const titleStmt = [
    title === null ? '' : `<title type="main">${escaped(title)}</title>`,
    author === null ? '' : `<author>${escaped(author)}</author>`,
  ].join('');
  const published = date === null ? '' : `<date>${escaped(date)}</date>`;
  return [
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    `<teiHeader><fileDesc><titleStmt>${titleStmt}</titleStmt><publicationStmt><publisher>Example</publisher>${published}</publicationStmt></fileDesc>`,
    '<profileDesc><creation><date type="download">2026-12-07T10:00:00</date></creation></profileDesc></teiHeader>',
    `<text><body><div type="entry">\n${paragraphs.join('\n')}\n</div></body></text>`,
    '</TEI>\n',
  ].join('\n');
}

const run = (text: string) => processDocument(Buffer.from(text), { name: UPLOAD }) as unknown as Record;

for (const corpus of corpora) {
  const dir = resolve(corpus);
  let pages = 0;
  let kept = 0;
  let of = 0;
  let lossy = 0;
  let titleRight = 0;
  let untitled = 0;
  let bodyOnlyTitled = 0;
  let changedAgain = 0;
  let declared = 0;
  let authorsKept = 0;
  let datesKept = 0;
  for (const { gold } of readGolds(dir)) {
    if (!gold.title || !gold.body) continue;
    pages++;
    const author = typeof gold.author === 'string' && gold.author.trim() !== '' ? gold.author.trim() : null;
    const date = typeof gold.date === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(gold.date) ? gold.date : null;
    const record = run(upload(gold.title, gold.body, { author, date }));
    if (declares && author !== null && date !== null) {
      declared++;
      const names = author.split(/\s*;\s*/u);
      if (record.authors.join('; ') === names.join('; ')) authorsKept++;
      if (record.publishedAt?.startsWith(date)) datesKept++;
    }
    const share = keptShare(gold.body, record.body);
    kept += share.kept;
    of += share.of;
    if (share.of > 0 && share.kept / share.of < LOSSY_SHARE) lossy++;
    if (record.title === null) untitled++;
    else if (record.title.trim() === gold.title.trim()) titleRight++;
    const layout = record.format === 'markdown' ? 'markdown' : 'blocks';
    if (record.body !== '' && processText(record.body, { name: UPLOAD, layout }).body !== record.body)
      changedAgain++;
    if (run(upload(null, gold.body)).title !== null) bodyOnlyTitled++;
  }
  const share = (n: number, total: number) => (total === 0 ? '-' : (n / total).toFixed(3));
  console.log(
    `${corpus}: ${pages} clean uploads (gold title + body${form === 'text' ? '' : `, ${form}`}) | body words kept ${share(kept, of)}, ` +
      `${lossy} pages lose > ${Math.round((1 - LOSSY_SHARE) * 100)} % | title right ${share(titleRight, pages)}, ` +
      `none ${untitled} | body alone: titled ${bodyOnlyTitled} | bodies changed when cleaned again ${changedAgain}` +
      (declares
        ? ` | of ${declared} with an author and a date: authors kept ${authorsKept}, dates kept ${datesKept}`
        : ''),
  );
}
