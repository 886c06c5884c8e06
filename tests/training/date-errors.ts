/**
 * Error analysis of the publication date: `npx tsx tests/training/date-errors.ts CORPUS [html]`
 * (CORPUS = dev or multi; never check: it is scored in aggregate only).
 *
 * For every page whose date is wrong, or missing while the gold date is among the candidates or written in the
 * text, prints the gold, our date and its probability, and each candidate (date, kind, block, the model's share,
 * * when it is the gold) with its line. A class per page heads each entry:
 *   WRONG-CAND  we gave a wrong date and the gold date is among the candidates
 *   WRONG-NONE  we gave a wrong date and the gold date is not among them
 *   MISS-CAND   we gave none, the gold date is among the candidates (below the threshold)
 *   MISS-TEXT   we gave none, no candidate states it, but the text writes the gold day (a rough search)
 *   EXTRA       we gave a date where the gold has none
 * and a count of each class closes the list.
 */
import { join } from 'node:path';
import { DATE_THRESHOLD, pickDate, scoreDate } from '../../functions/core/metadata/dates.ts';
import { analyseMetadata } from '../../functions/core/metadata/index.ts';
import { judge } from '../bench/metadata-scoring.ts';
import { isRightDate } from './date-data.ts';
import { cleanedPages } from './learn.ts';
import { BENCH } from './title-data.ts';

const corpus = process.argv[2] ?? 'dev';
if (corpus.startsWith('check')) throw new Error('check is scored in aggregate only');
const html = process.argv[3] === 'html';
const only = process.env.ONLY ?? '';

const MONTH_NAMES = [
  'jan|janv|januar|janvier|enero|gennaio|janeiro|januari|stycz',
  'feb|févr|fevr|februar|février|febrero|febbraio|fevereiro|februari|lut',
  'mar|märz|mrz|mars|marzo|março|maart|mar',
  'apr|avr|april|avril|abril|aprile|kwie',
  'may|mai|mayo|maggio|maio|mei|maj',
  'jun|juin|junio|giugno|junho|juni|czer',
  'jul|juil|juli|juillet|julio|luglio|julho|lip',
  'aug|août|aout|agosto|augustus|sierp',
  'sep|sept|septembre|septiembre|settembre|setembro|wrze',
  'oct|okt|oktober|octobre|octubre|ottobre|outubro|paź',
  'nov|november|novembre|noviembre|novembro|lis',
  'dec|dez|dezember|décembre|diciembre|dicembre|dezembro|grud',
];

/** Lines of the text that seem to write the gold day (numeric or with a month name). */
function goldMentions(text: string, gold: string): string[] {
  const [y, m, d] = gold.split('-').map(Number) as [number, number, number];
  const yy = String(y).slice(2);
  const dd = `0?${d}`;
  const mm = `0?${m}`;
  const names = MONTH_NAMES[m - 1]!;
  const patterns = [
    new RegExp(`\\b${y}-0?${m}-0?${d}\\b`),
    new RegExp(`\\b${dd}[./-]\\s?${mm}[./-]\\s?(?:${y}|${yy})\\b`),
    new RegExp(`\\b${mm}[./-]${dd}[./-](?:${y}|${yy})\\b`),
    new RegExp(
      `\\b${dd}(?:st|nd|rd|th|\\.|er|º)?\\s*(?:de\\s+)?(?:${names})\\p{L}*\\.?,?\\s*(?:de\\s+)?(?:${y}|['’]${yy})`,
      'iu',
    ),
    new RegExp(`(?:${names})\\p{L}*\\.?\\s*${dd}(?:st|nd|rd|th)?,?\\s*(?:${y}|['’]${yy})`, 'iu'),
    new RegExp(`${y}\\s*年\\s*${m}\\s*月\\s*${d}\\s*日`),
  ];
  const lines: string[] = [];
  for (const line of text.split('\n'))
    if (patterns.some((p) => p.test(line))) lines.push(line.trim().slice(0, 160));
  return lines;
}

const counts = new Map<string, number>();
for (const { page, scorer, layout, cleaned, body } of cleanedPages(join(BENCH, corpus), html)) {
  if (only && page.name !== only) continue;
  const analysis = analyseMetadata(cleaned, body, {}, { evidence: layout.evidence });
  const got = analysis.metadata.publishedAt;
  const verdict = judge(scorer, page.gold, { title: null, authors: [], publishedAt: got }).date;
  if (!verdict.gold && !verdict.given) continue;
  if (verdict.right) {
    counts.set('RIGHT', (counts.get('RIGHT') ?? 0) + 1);
    continue;
  }
  const candidates = analysis.dateCandidates;
  const scores = candidates.map((c) => scoreDate(c.features));
  const pick = pickDate(candidates, scores);
  const gold = page.gold.date ?? null;
  const goldIn = gold !== null && candidates.some((c) => isRightDate(scorer, page.gold, c.iso));
  const raw = cleaned.blocks.map((block) => block.text).join('\n');
  const mentions = gold && !goldIn ? goldMentions(raw, gold) : [];
  const kind = !verdict.gold
    ? 'EXTRA'
    : got !== null
      ? goldIn
        ? 'WRONG-CAND'
        : 'WRONG-NONE'
      : goldIn
        ? 'MISS-CAND'
        : mentions.length > 0
          ? 'MISS-TEXT'
          : 'MISS-ABSENT';
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (kind === 'MISS-ABSENT' && !process.env.ALL) continue;
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  let total = Math.exp(-max);
  for (const s of scores) total += Math.exp(s - max);
  console.log(
    `\n${kind} ${page.name} lang=${analysis.metadata.language} gold=${gold} got=${got} p=${(pick?.probability ?? 0).toFixed(2)} (threshold ${DATE_THRESHOLD}) title@${cleaned.titleBlock} body@${cleaned.body[0]?.index}-${cleaned.body[cleaned.body.length - 1]?.index}`,
  );
  candidates.slice(0, 14).forEach((c, k) => {
    const share = Math.exp(scores[k]! - max) / total;
    const right = isRightDate(scorer, page.gold, c.iso) ? '*' : ' ';
    const text = (cleaned.blocks[c.block]?.text ?? '').replace(/\s+/g, ' ').slice(0, 110);
    console.log(
      `  ${right} ${c.iso} ${c.kind.padEnd(9)} b${String(c.block).padEnd(4)} ${share.toFixed(2)}  ${text}`,
    );
  });
  if (candidates.length > 14) console.log(`  … ${candidates.length - 14} more`);
  for (const line of mentions.slice(0, 4)) console.log(`  text: ${line}`);
}
console.log(`\n${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
