/**
 * Author reach: `npx tsx tests/training/author-reach.ts [CORPUS...]` (default dev, multi, check; HTML=1 reads the
 * original HTML). Reach is the share of pages (with a gold author) where some name candidate of
 * metadata/authors.ts is a gold author (as train-authors.ts labels them); the choice cannot do better. Pages out
 * of reach are sorted by why (the gold name is nowhere in the text; it is on a line of the page but no
 * candidate; a candidate holds part of it or more than it); pages in reach by what the extractor did (right,
 * another name, abstained). LIST=1 prints the pages (never for check: it is counted in aggregate only).
 */
import { join } from 'node:path';
import { extractAuthors } from '../../functions/core/metadata/authors.ts';
import { detectLanguage } from '../../functions/core/metadata/language.ts';
import { blockZones } from '../../functions/core/metadata/zones.ts';
import { judge, normText, tokenF1 } from '../bench/metadata-scoring.ts';
import type { ToolLayout } from '../support/text-browsers.ts';
import { authorPages, goldParts } from './author-data.ts';
import { cleanedPages } from './learn.ts';
import { BENCH } from './title-data.ts';

const corpora = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev', 'multi', 'check'];
const html = process.env.HTML === '1';
/** TOOL=soup (or another of tests/support/text-browsers.ts) reads each page's HTML as that tool renders it. */
const tool = process.env.TOOL as ToolLayout | undefined;
const list = process.env.LIST === '1';
const squash = (text: string) =>
  normText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

for (const corpus of corpora) {
  const pages = new Map(authorPages(corpus, html, tool).map((page) => [page.name, page]));
  const why = new Map<string, number>();
  const show = list && !corpus.startsWith('check');
  let n = 0;
  for (const { page, cleaned, body } of cleanedPages(join(BENCH, corpus), html, undefined, tool)) {
    const data = pages.get(page.name);
    const parts = goldParts(page.gold.author);
    if (!data || parts.length === 0) continue;
    n++;
    const when = { now: new Date(), language: detectLanguage(body) };
    const anchor = cleaned.titleBlock;
    const result = extractAuthors(cleaned, anchor, when, blockZones(cleaned, anchor));
    const j = judge(data.scorer, page.gold, {
      title: null,
      authors: result.authors,
      publishedAt: null,
    }).author;
    const reached = data.labels.some(Boolean);
    const whole = Array.isArray(page.gold.author) ? page.gold.author.join(', ') : (page.gold.author ?? '');
    let kind: string;
    let where = '';
    if (reached)
      kind = j.exact
        ? 'reach: right'
        : result.authors.length === 0
          ? 'reach: abstained'
          : j.right
            ? 'reach: near (fuzzy right)'
            : 'reach: other name';
    else {
      const lines = cleaned.blocks.flatMap((block) =>
        block.text.split('\n').map((line) => ({ line, block })),
      );
      const hit = lines.find(({ line }) =>
        parts.some((part) => ` ${squash(line)} `.includes(` ${squash(part)} `)),
      );
      const partial = data.candidates.find((c) => tokenF1(whole, c.name) > 0);
      if (partial) {
        kind = 'miss: candidate shares words';
        where = `cand=${partial.rule}@${partial.block}:${partial.name}`;
      } else if (hit) {
        const removed = cleaned.removed.find((item) => item.block === hit.block.index)?.kind;
        const inBody = cleaned.body.some((block) => block.index === hit.block.index);
        const firstBody = cleaned.body[0]?.index ?? hit.block.index;
        const lastBody = cleaned.body.at(-1)?.index ?? hit.block.index;
        const head = anchor ?? firstBody;
        const zone =
          hit.block.index >= Math.min(head, firstBody) - 6 &&
          hit.block.index <= Math.max(head + 8, firstBody + 2)
            ? 'header'
            : hit.block.index > lastBody
              ? 'end'
              : 'between';
        kind = `miss: on a line (${inBody ? 'body' : removed ? `removed ${removed}` : 'other'}, ${zone})`;
        where = `@${hit.block.index} title@${anchor} ${JSON.stringify(hit.line.slice(0, 120))}`;
      } else kind = 'miss: not in text';
    }
    why.set(kind, (why.get(kind) ?? 0) + 1);
    if (result.authors.length > 0 && !j.exact) {
      // What a wrong answer is: part of the gold, more than it, or another name, by where it was found.
      const tokens = (text: string) => new Set(squash(text).split(' ').filter(Boolean));
      const gold = tokens(whole);
      const got = tokens(result.authors.join(' '));
      const within = (a: Set<string>, b: Set<string>) => [...a].every((t) => b.has(t));
      const place = result.late
        ? 'late'
        : result.block !== null && cleaned.body.some((b) => b.index === result.block)
          ? 'body'
          : 'header';
      const wrong = within(got, gold)
        ? `wrong: part of the gold (${shorterKind(parts, whole, result.authors)})`
        : within(gold, got)
          ? 'wrong: gold and more'
          : `wrong: other name (${result.rule}, ${place}${result.labelled ? ', labelled' : ''})`;
      why.set(wrong, (why.get(wrong) ?? 0) + 1);
      if (show)
        console.log(
          `${corpus}/${page.name} [${wrong}] gold=${JSON.stringify(page.gold.author)} got=${JSON.stringify(result.authors)}`,
        );
    }
    if (show && kind !== 'reach: right')
      console.log(
        `${corpus}/${page.name} [${kind}] gold=${JSON.stringify(page.gold.author)} got=${JSON.stringify(result.authors)} p=${result.probability.toFixed(2)} ${where}`,
      );
  }
  console.log(`${corpus}: ${n} pages with a gold author`);
  for (const [kind, count] of [...why].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`  ${kind.padEnd(40)} ${count} (${(count / n).toFixed(3)})`);
}

/**
 * What a shorter form of the gold left out: co-authors (fewer names than the gold's parts; "and" when the gold joins
 * them with a conjunction, which the scorer's exact match cannot meet with a list), an honorific ("Dr"),
 * credentials or a role after a comma, or a word of one name (a middle name, a suffix).
 */
function shorterKind(parts: string[], whole: string, authors: string[]): string {
  if (parts.length > authors.length)
    return /\s(?:and|und|et|y|e|en|with)\s/iu.test(whole) ? 'co-authors, and' : 'co-authors';
  if (/^(?:dr|prof|mr|mrs|ms)\b/iu.test(whole.trim())) return 'honorific';
  if (/,/u.test(whole)) return 'after a comma';
  return 'a word of a name';
}
