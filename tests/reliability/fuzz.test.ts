/**
 * Property-based fuzzing of the pure core: random bytes, random Unicode, and documents built from
 * boilerplate-like and article-like lines. Every input must give a well-formed record without an
 * exception; cleaning the clean body again should change nothing (measured, and known broken: see
 * below). Seed and worst time per KB printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CoreRecord, processDocument, processText } from '../../functions/core/pipeline.ts';
import { isWellFormed } from './helpers.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20260601);
const REJECT_REASONS = new Set([
  'empty',
  'binary',
  'undecodable',
  'too-large',
  'no-text',
  'several-documents',
]);

const LINES = [
  'Share on Facebook',
  'Share this article',
  'Follow us on Twitter',
  'Subscribe to our newsletter',
  'Related Articles',
  'Advertisement',
  'Cookie policy',
  '© 2024 Example News. All rights reserved.',
  '1.2K shares',
  'By Jane Doe, Senior Reporter',
  'Published: March 3, 2024',
  'Home | News | Sport | Business',
  'Read more',
  'LONDON (Reuters) -',
  'Facebook said on Monday that it would change how it ranks news.',
  'The council voted on Tuesday to close the bridge for repairs until spring.',
  '"We are not going anywhere," the mayor told reporters outside the town hall.',
  'Prices rose 3.4% in the year to May, the statistics office said.',
  'Ελληνικά κείμενα και 中文新闻 appear in mixed-language pages.',
  '👍 42   💬 7',
  '   ',
  '',
  '\t- item one',
];

const boilerplateDocument = fc
  .array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 80 })), { maxLength: 40 })
  .chain((lines) =>
    fc
      .array(fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n'), {
        minLength: lines.length,
        maxLength: lines.length,
      })
      .map((separators) => lines.map((line, index) => `${line}${separators[index]}`).join('')),
  );

const INPUTS = fc.oneof(
  { weight: 4, arbitrary: fc.uint8Array({ maxLength: 1024 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 1024 }).map((text) => encode(text)) },
  { weight: 3, arbitrary: boilerplateDocument.map((text) => encode(text)) },
);

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A record is well formed: JSON-safe, a known status, a clean body with no lone surrogates or U+FFFD. */
function checkWellFormed(record: CoreRecord, input: Uint8Array): void {
  expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  if (record.status === 'rejected') {
    expect(REJECT_REASONS.has(record.reason)).toBe(true);
    expect(record.reasonDetail.length).toBeGreaterThan(0);
    return;
  }
  expect(record.status).toBe('clean');
  expect(isWellFormed(record.body)).toBe(true);
  expect(record.body).not.toMatch(/\n{3,}/);
  if (record.body.includes('\ufffd')) expect(new TextDecoder().decode(input)).toContain('\ufffd');
  expect(Number.isInteger(record.wordCount) && record.wordCount >= 0).toBe(true);
}

/**
 * The one change a second cleaning may make (README, "Idempotence"): a titled chrome-free page whose headline stood
 * over a short line keeps that line as its body's first block, and cleaned again that line, above the prose, is
 * taken for the title. The rest of the body is as it was, and nothing is removed.
 */
function movedToTitle(
  body: string,
  again: { title: string | null; body: string; removed: unknown[] },
): boolean {
  const cut = body.indexOf('\n\n');
  if (cut < 0) return false;
  return (
    again.title === body.slice(0, cut).trim() &&
    again.body === body.slice(cut + 2) &&
    again.removed.length === 0
  );
}

/** Clean bodies the fuzzer found that the cleaning stage changes again (seed 20260601). */
const NOT_IDEMPOTENT = [
  '\\faSe#p{t\nsN\n\nPrices rose 3.4% in the year to May, the statistics office said.',
  '\t- item one',
  "The council voted on Tuesday to close the bridge for repairs until spring.\n\nFacebook said on Monday that it would change how it ranks news.\nUZk\n'c\nLONDON (Reuters) -\n\nOYl",
];

describe('fuzzing the core', () => {
  it('never throws and always gives a well-formed record (10,000 inputs; seed and worst time per KB printed)', () => {
    let runs = 0;
    let clean = 0;
    let worstMsPerKb = 0;
    let worstSize = 0;
    const notIdempotent: string[] = [];
    const headingTaken: string[] = [];
    // Warm-up: the first call loads and compiles the stages; that is not the input's cost.
    processDocument(encode(LINES.join('\n\n')));

    fc.assert(
      fc.property(INPUTS, (input) => {
        runs++;
        const started = performance.now();
        const record = processDocument(input);
        const elapsed = performance.now() - started;
        // Per KB, with a 1 KB floor so tiny inputs don't divide fixed costs by nothing.
        const msPerKb = elapsed / Math.max(1, input.length / 1024);
        if (msPerKb > worstMsPerKb) {
          worstMsPerKb = msPerKb;
          worstSize = input.length;
        }
        checkWellFormed(record, input);
        if (record.status === 'clean' && record.body !== '') {
          clean++;
          // Measured here, asserted in the next test (known broken; owned by the cleaning stage).
          // A body is paragraphs between blank lines: the blocks layout, whatever layout the input came in.
          const again = processText(record.body, { layout: 'blocks' });
          if (again.body !== record.body) {
            if (record.title !== null && movedToTitle(record.body, again)) headingTaken.push(record.body);
            else notIdempotent.push(record.body);
          }
        }
      }),
      { seed: SEED, numRuns: 10_000, endOnFailure: true },
    );

    console.log(
      `[reliability] fuzz: ${runs} inputs (${clean} clean), seed ${SEED}, 0 exceptions, ` +
        `worst ${worstMsPerKb.toFixed(2)} ms/KB (input of ${worstSize} bytes); ` +
        `re-cleaning changed ${notIdempotent.length} clean bodies, e.g. ${JSON.stringify(notIdempotent.slice(0, 2))}; ` +
        `took the first line of ${headingTaken.length} for the title, e.g. ${JSON.stringify(headingTaken.slice(0, 2))}`,
    );
    expect(runs).toBe(10_000);
    expect(notIdempotent).toEqual([]);
  });

  // Bodies that once changed when cleaned again (found by this fuzzer); kept as regression cases.
  it('re-cleaning the clean body changes nothing', () => {
    for (const body of NOT_IDEMPOTENT) {
      expect(processText(body, { layout: 'blocks' }).body).toBe(body);
    }
  });
});
