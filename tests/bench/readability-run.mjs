// The baseline of `npm run bench:compare`, run as its own process: Mozilla Readability over linkedom,
// the way a Node service extracts articles from HTML. Reads every NAME.html.gz of a folder, parses it,
// extracts the article and writes NAME.json (title, byline, published time, text), one page at a time:
// the same shape of work as `copydesk clean --out`. Usage: node readability-run.mjs CORPUS OUT
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const [corpus, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
let pages = 0;
let failed = 0;
for (const name of readdirSync(corpus)
  .filter((file) => file.endsWith('.html.gz'))
  .sort()) {
  const html = gunzipSync(readFileSync(join(corpus, name))).toString('utf8');
  let article = null;
  try {
    const { document } = parseHTML(html);
    article = new Readability(document).parse();
  } catch {
    failed += 1;
  }
  writeFileSync(
    join(out, `${name.slice(0, -'.html.gz'.length)}.json`),
    `${JSON.stringify({
      title: article?.title ?? null,
      byline: article?.byline ?? null,
      publishedTime: article?.publishedTime ?? null,
      text: article?.textContent ?? null,
    })}\n`,
  );
  pages += 1;
}
console.log(`readability: ${pages} page(s), ${failed} failed`);
