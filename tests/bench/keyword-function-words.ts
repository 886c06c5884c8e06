/**
 * How many of the records' keywords are function words: `npx tsx tests/bench/keyword-function-words.ts [CORPUS...]`
 * (default dev and multi, plain text). Keywords are judged by the vocabulary modules' stop-word lists
 * (vocabulary/*.ts `stopWords`: en, de, fr, es, it, pt, nl) and English's. Before CLEANER_VERSION 0.2.15 the
 * keyword reader knew English function words only, and this judge, which it did not read then, counted 0.615 of
 * multi's keywords as function words (0.800 on its German pages); since, the reader drops these lists' words
 * (function-words.ts) and the `stopword` package's: a figure above 0 is a leak. Prints per corpus and per
 * page language the keywords given and the share that are function words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { processDocument } from '../../functions/core/pipeline.ts';
import { vocabularyOf } from '../../functions/core/vocabulary/index.ts';

const corpora = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev', 'multi'];
const english = new Set(vocabularyOf('en')!.stopWords);

for (const corpus of corpora) {
  const dir = resolve(import.meta.dirname, '../../../shared/bench', corpus);
  const byLanguage = new Map<string, { keywords: number; functionWords: number; pages: number }>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
    const record = processDocument(readFileSync(join(dir, name)), { name });
    if (record.status !== 'clean') continue;
    const own = new Set(vocabularyOf(record.language)?.stopWords ?? []);
    const row = byLanguage.get(record.language ?? 'none') ?? { keywords: 0, functionWords: 0, pages: 0 };
    row.pages++;
    row.keywords += record.keywords.length;
    row.functionWords += record.keywords.filter((word) => own.has(word) || english.has(word)).length;
    byLanguage.set(record.language ?? 'none', row);
  }
  const rows = [...byLanguage].sort((a, b) => b[1].pages - a[1].pages);
  const total = rows.reduce((sum, [, row]) => ({ k: sum.k + row.keywords, f: sum.f + row.functionWords }), {
    k: 0,
    f: 0,
  });
  console.log(
    `${corpus}: ${total.k} keywords, ${(total.f / Math.max(1, total.k)).toFixed(3)} function words`,
  );
  for (const [language, row] of rows.filter(([, row]) => row.pages >= 5))
    console.log(
      `  ${language.padEnd(5)} ${String(row.pages).padStart(4)} pages ${String(row.keywords).padStart(5)} keywords, ${(row.functionWords / Math.max(1, row.keywords)).toFixed(3)} function words`,
    );
}
