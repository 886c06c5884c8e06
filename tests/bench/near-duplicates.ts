/**
 * npm run bench:near [-- CORPUS] — recall and false positives of near-duplicate search, on a labelled set
 * of edited pairs built from the DEV pages (default ../shared/bench/dev).
 *
 * For every page, each kind of edit below is applied to the page's raw text (normalised, so the body's
 * paragraphs can be found in it), and the whole core runs on the original and on the edited text, as two
 * uploads would. A pair is found when the two records share a MinHash band (what `query near` queries)
 * and their signatures agree on at least NEAR_DUPLICATE_MIN_SIMILARITY of their values; the old scheme
 * (simhash within 3 bits) is shown beside it. Unrelated pairs are all pairs of different pages with
 * different bodies; same-site pairs (the harder negatives: shared chrome, shared phrasing) are counted apart.
 * Edits use only text from the corpus itself (donor sentences from another page) and a fixed list of
 * generic chrome lines, chosen by position, never by content, so the set does not depend on the scheme.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  estimatedSimilarity,
  minhashSignature,
  SIGNATURE_SHAPE,
  type SignatureShape,
  signatureHex,
} from '../../functions/core/minhash.ts';
import { normalise } from '../../functions/core/normalise.ts';
import { processDocument } from '../../functions/core/pipeline.ts';
import { NEAR_DUPLICATE_MIN_SIMILARITY } from '../../functions/shared/near-duplicates.ts';

const corpus = resolve(process.argv[2] ?? '../shared/bench/dev');
const SWEEP = process.env.SWEEP === '1';

interface Page {
  name: string;
  site: string;
  text: string;
  body: string;
  simhash: string;
  contentHash: string;
}

function coreOf(text: string): { body: string; simhash: string; contentHash: string } | null {
  const record = processDocument(Buffer.from(text));
  if (record.status !== 'clean' || !record.body) return null;
  return { body: record.body, simhash: String(record.simhash), contentHash: String(record.contentHash) };
}

const names = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const pages: Page[] = [];
for (const file of names) {
  const name = file.replace(/\.txt$/, '');
  const text = normalise(readFileSync(join(corpus, file), 'utf8'));
  const gold = JSON.parse(readFileSync(join(corpus, `${name}.gold.json`), 'utf8')) as { domain?: string };
  const core = coreOf(text);
  if (core) pages.push({ name, site: gold.domain ?? name, text, ...core });
}

// --- The edits -------------------------------------------------------------------------------------------

const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (text: string) => text.match(WORD)?.length ?? 0;
/** The body's paragraphs of at least 8 words: article text, where edits happen. */
const contentParagraphs = (page: Page) => page.body.split('\n\n').filter((p) => wordCount(p) >= 8);
const sentences = (paragraph: string) => paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u);

/** A sentence (and a paragraph) of another page, chosen by position: text the original does not have. */
function donor(index: number): { sentence: string; paragraph: string } {
  for (let step = 1; step < pages.length; step++) {
    const other = pages[(index + step * 7) % pages.length] as Page;
    const paragraphs = contentParagraphs(other);
    const paragraph = paragraphs[Math.floor(paragraphs.length / 2)];
    const sentence = paragraph && sentences(paragraph).find((s) => wordCount(s) >= 8);
    if (paragraph && sentence) return { sentence, paragraph };
  }
  throw new Error('no donor text in the corpus');
}

function replaceOnce(text: string, from: string, to: string): string | null {
  const at = text.indexOf(from);
  return at < 0 ? null : text.slice(0, at) + to + text.slice(at + from.length);
}

const CHROME_TOP = ['Home', 'News', 'Sign in', 'Subscribe', 'Share this article'];
const CHROME_BOTTOM = [
  'Advertisement',
  'Related stories',
  'Sign up for our newsletter',
  'Follow us on social media',
  '© 2025 All rights reserved.',
];

type Edit = (page: Page, index: number) => string | null;

const EDITS: [string, Edit][] = [
  ['exact copy (control)', (page) => page.text],
  [
    'last sentence replaced',
    (page, index) => {
      const last = contentParagraphs(page).at(-1);
      const sentence = last && sentences(last).at(-1);
      return sentence ? replaceOnce(page.text, sentence, donor(index).sentence) : null;
    },
  ],
  [
    'a middle sentence replaced',
    (page, index) => {
      const paragraphs = contentParagraphs(page);
      const middle = paragraphs[Math.floor(paragraphs.length / 2)];
      const sentence = middle && sentences(middle)[0];
      return sentence ? replaceOnce(page.text, sentence, donor(index).sentence) : null;
    },
  ],
  [
    '3 typos in 3 paragraphs',
    (page) => {
      const paragraphs = contentParagraphs(page);
      if (paragraphs.length < 3) return null;
      let text: string | null = page.text;
      for (const position of [0.2, 0.5, 0.8]) {
        const paragraph = paragraphs[Math.floor(position * (paragraphs.length - 1))] as string;
        const word = (paragraph.match(WORD) ?? []).filter((w) => w.length >= 6)[0];
        if (!word || !text) return null;
        const typo = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
        text = replaceOnce(text, paragraph, paragraph.replace(word, typo));
      }
      return text;
    },
  ],
  [
    'a paragraph removed',
    (page) => {
      const paragraphs = contentParagraphs(page);
      if (paragraphs.length < 4) return null;
      return replaceOnce(page.text, paragraphs[Math.floor(paragraphs.length / 2)] as string, '');
    },
  ],
  [
    'a paragraph added',
    (page, index) => {
      const paragraphs = contentParagraphs(page);
      const middle = paragraphs[Math.floor(paragraphs.length / 2)];
      return middle ? replaceOnce(page.text, middle, `${middle}\n\n${donor(index).paragraph}`) : null;
    },
  ],
  [
    'an update paragraph appended',
    (page, index) => {
      const last = contentParagraphs(page).at(-1);
      return last ? replaceOnce(page.text, last, `${last}\n\nUpdate: ${donor(index).sentence}`) : null;
    },
  ],
  [
    'last 20 % of the words cut',
    (page) => {
      const paragraphs = contentParagraphs(page);
      const total = wordCount(page.body);
      let text: string | null = page.text;
      let removed = 0;
      for (
        let i = paragraphs.length - 1;
        i > 0 && text && removed + wordCount(paragraphs[i] as string) <= total * 0.2;
        i--
      ) {
        removed += wordCount(paragraphs[i] as string);
        text = replaceOnce(text, paragraphs[i] as string, '');
      }
      return removed > 0 ? text : null;
    },
  ],
  [
    'chrome lines added around',
    (page) => `${CHROME_TOP.join('\n\n')}\n\n${page.text}\n\n${CHROME_BOTTOM.join('\n\n')}`,
  ],
  [
    'every 10th word replaced',
    (page) => {
      let text: string | null = page.text;
      for (const paragraph of contentParagraphs(page)) {
        let n = 0;
        const edited = paragraph.replace(WORD, (word) =>
          ++n % 10 === 5 ? `x${word.split('').reverse().join('')}` : word,
        );
        text = text && replaceOnce(text, paragraph, edited);
      }
      return text;
    },
  ],
];

// --- Scoring ---------------------------------------------------------------------------------------------

interface Scheme {
  label: string;
  shape: SignatureShape;
  minSimilarity: number;
}

const CHOSEN: Scheme = {
  label: 'chosen',
  shape: SIGNATURE_SHAPE,
  minSimilarity: NEAR_DUPLICATE_MIN_SIMILARITY,
};
const SCHEMES: Scheme[] = SWEEP
  ? [2, 3].flatMap((shingleWords) =>
      [
        [6, 2],
        [8, 2],
        [10, 2],
        [8, 3],
      ].flatMap(([bands, rows]) =>
        [0.4, 0.5].map((minSimilarity) => ({
          label: `w${shingleWords} ${bands}×${rows} ≥${minSimilarity}`,
          shape: { shingleWords, bands: bands as number, rows: rows as number },
          minSimilarity,
        })),
      ),
    )
  : [CHOSEN];

const shapes = new Map<string, SignatureShape>();
for (const scheme of SCHEMES) shapes.set(JSON.stringify(scheme.shape), scheme.shape);
const signatureOf = (body: string) =>
  new Map(
    [...shapes].map(([key, shape]) => [key, signatureHex(minhashSignature(body, shape) as Uint32Array)]),
  );

/** Do the two signatures share a band (would a band-index query return the other record)? */
function sharesBand(scheme: Scheme, a: Map<string, string>, b: Map<string, string>): boolean {
  const key = JSON.stringify(scheme.shape);
  const x = a.get(key) as string;
  const y = b.get(key) as string;
  const width = scheme.shape.rows * 8;
  for (let band = 0; band < scheme.shape.bands; band++) {
    if (x.slice(band * width, (band + 1) * width) === y.slice(band * width, (band + 1) * width)) return true;
  }
  return false;
}

function found(scheme: Scheme, a: Map<string, string>, b: Map<string, string>): boolean {
  const key = JSON.stringify(scheme.shape);
  return (
    sharesBand(scheme, a, b) &&
    estimatedSimilarity(a.get(key) as string, b.get(key) as string) >= scheme.minSimilarity
  );
}

function hamming(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  for (; x > 0n; x >>= 1n) bits += Number(x & 1n);
  return bits;
}

const started = performance.now();
const originals = pages.map((page) => signatureOf(page.body));
const rows: { kind: string; pairs: number; recall: number[]; simhash: number; similarity: number }[] = [];
for (const [kind, edit] of EDITS) {
  const hits = SCHEMES.map(() => 0);
  let simhashHits = 0;
  let pairs = 0;
  const similarities: number[] = [];
  pages.forEach((page, index) => {
    const text = edit(page, index);
    if (text === null) return;
    const edited = coreOf(text);
    if (!edited) return;
    pairs++;
    const signature = signatureOf(edited.body);
    SCHEMES.forEach((scheme, i) => {
      if (found(scheme, originals[index] as Map<string, string>, signature))
        hits[i] = (hits[i] as number) + 1;
    });
    const key = JSON.stringify(CHOSEN.shape);
    if (shapes.has(key))
      similarities.push(
        estimatedSimilarity(originals[index]?.get(key) as string, signature.get(key) as string),
      );
    if (hamming(page.simhash, edited.simhash) <= 3) simhashHits++;
  });
  similarities.sort((a, b) => a - b);
  rows.push({
    kind,
    pairs,
    recall: hits.map((hit) => hit / Math.max(1, pairs)),
    simhash: simhashHits / Math.max(1, pairs),
    similarity: similarities[Math.floor(similarities.length / 2)] ?? Number.NaN,
  });
}

const negatives = {
  all: 0,
  sameSite: 0,
  hits: SCHEMES.map(() => [0, 0]),
  /** Pairs that share a band: what band queries read and then discard (query cost). */
  candidates: SCHEMES.map(() => 0),
  /** The highest estimated similarity of any unrelated pair, per scheme: the margin below the threshold. */
  highest: SCHEMES.map(() => 0),
  simhash: [0, 0],
  identical: 0,
};
for (let i = 0; i < pages.length; i++) {
  for (let j = i + 1; j < pages.length; j++) {
    const a = pages[i] as Page;
    const b = pages[j] as Page;
    if (a.contentHash === b.contentHash) {
      negatives.identical++; // the same body twice in the corpus: a true duplicate, not a negative
      continue;
    }
    const sameSite = a.site === b.site ? 1 : 0;
    negatives.all++;
    negatives.sameSite += sameSite;
    SCHEMES.forEach((scheme, s) => {
      const [x, y] = [originals[i] as Map<string, string>, originals[j] as Map<string, string>];
      const key = JSON.stringify(scheme.shape);
      const similarity = estimatedSimilarity(x.get(key) as string, y.get(key) as string);
      negatives.highest[s] = Math.max(negatives.highest[s] as number, similarity);
      if (sharesBand(scheme, x, y)) negatives.candidates[s] = (negatives.candidates[s] as number) + 1;
      if (found(scheme, x, y)) {
        const counts = negatives.hits[s] as number[];
        counts[0] = (counts[0] as number) + 1;
        counts[1] = (counts[1] as number) + sameSite;
      }
    });
    if (hamming(a.simhash, b.simhash) <= 3) {
      negatives.simhash[0] = (negatives.simhash[0] as number) + 1;
      negatives.simhash[1] = (negatives.simhash[1] as number) + sameSite;
    }
  }
}

// --- Report ----------------------------------------------------------------------------------------------

const pct = (value: number) => `${(100 * value).toFixed(1)} %`;
const rate = (hits: number, total: number) =>
  `${hits} / ${total} (${((100 * hits) / Math.max(1, total)).toFixed(3)} %)`;
const shape = SIGNATURE_SHAPE;
console.log(
  `near duplicates on ${pages.length} pages of ${corpus} (${names.length - pages.length} without a clean body skipped)`,
);
console.log(
  `chosen scheme: MinHash of word ${shape.shingleWords}-shingles, ${shape.bands} bands × ${shape.rows} rows (${shape.bands} indexes), ` +
    `kept at estimated similarity ≥ ${NEAR_DUPLICATE_MIN_SIMILARITY}; old: simhash within 3 bits\n`,
);
if (!SWEEP) {
  console.log('| edit kind | pairs | recall (MinHash) | recall (simhash ≤ 3) | median similarity |');
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(
      `| ${row.kind} | ${row.pairs} | ${pct(row.recall[0] as number)} | ${pct(row.simhash)} | ${row.similarity.toFixed(2)} |`,
    );
  }
  const edited = rows.filter((row) => !row.kind.includes('control'));
  const total = edited.reduce((sum, row) => sum + row.pairs, 0);
  const recalled = edited.reduce((sum, row) => sum + (row.recall[0] as number) * row.pairs, 0);
  const old = edited.reduce((sum, row) => sum + row.simhash * row.pairs, 0);
  console.log(`| all edits | ${total} | ${pct(recalled / total)} | ${pct(old / total)} | |`);
  const [hits, sameSiteHits] = negatives.hits[0] as number[];
  console.log('\n| unrelated pairs | pairs | false positives (MinHash) | false positives (simhash ≤ 3) |');
  console.log('|---|---:|---:|---:|');
  console.log(
    `| all different pages | ${negatives.all} | ${rate(hits as number, negatives.all)} | ${rate(negatives.simhash[0] as number, negatives.all)} |`,
  );
  console.log(
    `| same site | ${negatives.sameSite} | ${rate(sameSiteHits as number, negatives.sameSite)} | ${rate(negatives.simhash[1] as number, negatives.sameSite)} |`,
  );
  console.log(
    `\nUnrelated pairs sharing a band (read by a query, then dropped): ${rate(negatives.candidates[0] as number, negatives.all)}; ` +
      `highest estimated similarity of an unrelated pair: ${(negatives.highest[0] as number).toFixed(2)}.`,
  );
  console.log(`${negatives.identical} pair(s) of pages with identical bodies left out of the negatives.`);
} else {
  console.log(
    '| scheme | recall, all edits | worst edit kind | false positives | candidates | highest unrelated |',
  );
  console.log('|---|---:|---|---:|---:|---:|');
  SCHEMES.forEach((scheme, s) => {
    const edited = rows.filter((row) => !row.kind.includes('control'));
    const total = edited.reduce((sum, row) => sum + row.pairs, 0);
    const recalled = edited.reduce((sum, row) => sum + (row.recall[s] as number) * row.pairs, 0);
    const worst = edited.reduce((a, b) => ((a.recall[s] as number) <= (b.recall[s] as number) ? a : b));
    const [hits] = negatives.hits[s] as number[];
    console.log(
      `| ${scheme.label} | ${pct(recalled / total)} | ${worst.kind} ${pct(worst.recall[s] as number)} | ${rate(hits as number, negatives.all)} | ${rate(negatives.candidates[s] as number, negatives.all)} | ${(negatives.highest[s] as number).toFixed(2)} |`,
    );
  });
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s`);
