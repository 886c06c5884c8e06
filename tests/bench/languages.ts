/**
 * What the metadata readers give on pages of each language: `npx tsx tests/bench/languages.ts [CORPUS...]`
 * (default dev and multi, plain text). Per corpus and page language (the record's `language`; five pages at
 * least): the pages; their keywords and the share of them that are function words; the quotes read and those with
 * a speaker; the pages crediting a source; and the one-word entities. No gold exists for these fields: the figures
 * say where a language gets nothing or junk (before CLEANER_VERSION 0.2.15, multi's German pages gave no quote and
 * 0.800 of their keywords were function words).
 *
 * The function-word judge is the vocabulary modules' stop lists (vocabulary/*.ts `stopWords`: en, de, fr, es, it,
 * pt, nl) and English's. Before 0.2.15 the keyword reader did not read them, and the judge counted 0.615 of multi's
 * keywords; since, the reader drops these lists' words (metadata/function-words.ts) and the `stopword` package's:
 * a figure above 0 is a leak.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { processDocument } from '../../functions/core/pipeline.ts';
import { vocabularyOf } from '../../functions/core/vocabulary/index.ts';

const corpora = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev', 'multi'];
const english = new Set(vocabularyOf('en')!.stopWords);

interface Row {
  pages: number;
  keywords: number;
  functionWords: number;
  quotes: number;
  speakers: number;
  sourced: number;
  oneWordEntities: number;
}

for (const corpus of corpora) {
  const dir = resolve(import.meta.dirname, '../../../shared/bench', corpus);
  const byLanguage = new Map<string, Row>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
    const record = processDocument(readFileSync(join(dir, name)), { name });
    if (record.status !== 'clean') continue;
    const own = new Set(vocabularyOf(record.language)?.stopWords ?? []);
    const language = record.language ?? 'none';
    const row = byLanguage.get(language) ?? {
      pages: 0,
      keywords: 0,
      functionWords: 0,
      quotes: 0,
      speakers: 0,
      sourced: 0,
      oneWordEntities: 0,
    };
    row.pages++;
    row.keywords += record.keywords.length;
    row.functionWords += record.keywords.filter((word) => own.has(word) || english.has(word)).length;
    row.quotes += record.quotes.length;
    row.speakers += record.quotes.filter((quote) => quote.speaker !== null).length;
    if (record.sources.length > 0) row.sourced++;
    const { people, places, organizations } = record.entities;
    row.oneWordEntities += [...people, ...places, ...organizations].filter(
      (name) => !name.includes(' '),
    ).length;
    byLanguage.set(language, row);
  }
  const rows = [...byLanguage].sort((a, b) => b[1].pages - a[1].pages);
  const keywords = rows.reduce((sum, [, row]) => sum + row.keywords, 0);
  const functionWords = rows.reduce((sum, [, row]) => sum + row.functionWords, 0);
  console.log(
    `${corpus}: ${keywords} keywords, ${(functionWords / Math.max(1, keywords)).toFixed(3)} function words`,
  );
  console.log(
    '  lang   pages  keywords  function words  quotes (speaker)  pages with sources  one-word entities',
  );
  for (const [language, row] of rows.filter(([, row]) => row.pages >= 5))
    console.log(
      `  ${language.padEnd(5)} ${String(row.pages).padStart(6)} ${String(row.keywords).padStart(9)} ${(row.functionWords / Math.max(1, row.keywords)).toFixed(3).padStart(15)} ${`${row.quotes} (${row.speakers})`.padStart(17)} ${String(row.sourced).padStart(19)} ${String(row.oneWordEntities).padStart(18)}`,
    );
}
