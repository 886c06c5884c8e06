/**
 * units-fast.ts's UnitTable, whose rows are the units `classify` returns, reads back every field of classify.ts's
 * plain unit objects (`classify(…, { plain: true })`, the reference): the analysis (lines, features, key, base
 * verdict, line verdicts, code, prose), what position decides (verdict, key class, repeats, last copy) and the
 * scores after the block model, on the seeds and on random pages of their lines and of random multi-line texts,
 * with earlier units reused as the analyses of a later pass; and writes to a unit read back as written. The
 * rows (classifyRows, which clean.ts reads before any unit is made) say what their units say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Analysis,
  classify,
  classifyRows,
  detector,
  linesOf,
  lineVerdictsOf,
  rowLineVerdicts,
  type Unit,
  type UnitRows,
} from '../../functions/core/cleaning/classify.ts';
import type { Block } from '../../functions/core/types.ts';
import { seedLinePage, seedPages } from '../support/seed-block-pages.ts';
import { readFeatures } from '../support/text-features.ts';

/** Every field of a unit, as plain data (object identity of the shared verdicts kept). */
function read(unit: Unit) {
  return {
    block: unit.block,
    lines: unit.lines,
    lineVerdictsBefore: unit.lineVerdicts,
    feat: readFeatures(unit.feat),
    key: unit.key,
    baseVerdict: unit.baseVerdict,
    verdict: unit.verdict,
    code: unit.code,
    prose: unit.prose,
    keyClass: unit.keyClass,
    repeats: unit.repeats,
    lastCopy: unit.lastCopy,
    value: unit.value,
    odds: unit.odds,
  };
}

function readAll(units: Unit[]) {
  const fields = units.map(read);
  // Asked for after the fields above: the lazily computed line verdicts and the lines of every unit.
  return { fields, lineVerdicts: units.map(lineVerdictsOf), lines: units.map(linesOf) };
}

/** Units of a second pass reusing the analyses of `prior` where `reuse` says so. */
function again(blocks: Block[], prior: Unit[], reuse: boolean[], plain: boolean): Unit[] {
  const known: (Analysis | null)[] = prior.map((unit, i) => (reuse[i] ? unit : null));
  return classify(blocks, known, { plain });
}

/** What the rows say of row i, beside what its unit says. */
function rowsRead(rows: UnitRows) {
  const byRow = [];
  for (let i = 0; i < rows.length; i++)
    byRow.push({
      text: rows.text(i),
      verdict: rows.verdict(i),
      words: rows.words(i),
      terminal: rows.terminal(i),
      prose: rows.prose(i),
      key: rows.key(i),
      lines: rows.lines(i),
      keyClass: rows.keyClass(i),
      lineVerdicts: rowLineVerdicts(rows, i),
    });
  const byUnit = rows.units.map((unit) => ({
    text: unit.block.text,
    verdict: unit.verdict,
    words: unit.feat.words,
    terminal: unit.feat.terminal,
    prose: unit.prose,
    key: unit.key,
    lines: unit.lines,
    keyClass: unit.keyClass,
    lineVerdicts: lineVerdictsOf(unit),
  }));
  return { byRow, byUnit };
}

function same(blocks: Block[], reuse: boolean[] = []): void {
  for (const plain of [false, true]) {
    const { byRow, byUnit } = rowsRead(classifyRows(blocks, undefined, { model: false, plain }));
    expect(byRow).toEqual(byUnit);
  }
  for (const model of [false, true]) {
    const plain = classify(blocks, undefined, { model, plain: true });
    const packed = classify(blocks, undefined, { model });
    expect(readAll(packed)).toEqual(readAll(plain));
    expect(readAll(again(blocks, packed, reuse, false))).toEqual(readAll(again(blocks, plain, reuse, true)));
  }
}

const multiLinePage: fc.Arbitrary<Block[]> = fc
  .array(
    fc.array(
      fc.oneof(
        fc.constantFrom('Share', 'By Jane Doe', 'Home > News', 'The cat sat on the mat.', '', '1', 'w12'),
        fc.string({ maxLength: 30 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    { maxLength: 30 },
  )
  .map((texts) =>
    texts.map(
      (lines, index): Block => ({
        index,
        text: lines.join('\n'),
        line: index + 1,
        hints: undefined,
        markup: undefined,
      }),
    ),
  );

describe('UnitTable (units-fast.ts)', () => {
  it('gives every seed page the fields of plain units', () => {
    for (const blocks of seedPages)
      same(
        blocks,
        blocks.map((_, i) => i % 3 !== 0),
      );
  });

  it('gives random pages of the seeds lines and of multi-line texts the fields of plain units', () => {
    const reuse = fc.array(fc.boolean(), { maxLength: 60 });
    fc.assert(fc.property(seedLinePage, reuse, (blocks, r) => same(blocks, r)));
    fc.assert(fc.property(multiLinePage, reuse, (blocks, r) => same(blocks, r)));
  });

  it('reads back what is written to a unit', () => {
    fc.assert(
      fc.property(
        multiLinePage.filter((blocks) => blocks.length > 0),
        fc.double({ noNaN: true }),
        fc.double({ noNaN: true }),
        fc.nat(1000),
        fc.boolean(),
        (blocks, value, odds, count, lastCopy) => {
          for (const plain of [false, true]) {
            const unit = classify(blocks, undefined, { model: false, plain })[0]!;
            unit.value = value;
            unit.odds = odds;
            unit.keyClass = count;
            unit.repeats = count + 1;
            unit.lastCopy = lastCopy;
            unit.verdict = detector('page.repeated');
            const verdicts = linesOf(unit).map(() => detector('context.between-chrome'));
            unit.lineVerdicts = verdicts;
            expect(unit.value).toBe(value);
            expect(unit.odds).toBe(odds);
            expect(unit.keyClass).toBe(count);
            expect(unit.repeats).toBe(count + 1);
            expect(unit.lastCopy).toBe(lastCopy);
            expect(unit.verdict).toBe(detector('page.repeated'));
            expect(unit.lineVerdicts).toBe(verdicts);
          }
        },
      ),
    );
  });
});

/**
 * The key classes, copy counts and last copies classify gives (one index of texts and keys, a key equal to its
 * text numbered once) are those of a plain Map of the keys in page order, with earlier analyses reused or not.
 */
function keyClassesOfMap(units: Unit[]) {
  const classes = new Map<string, number>();
  const count = new Map<string, number>();
  const last = new Map<string, number>();
  units.forEach((unit, i) => {
    if (!classes.has(unit.key)) classes.set(unit.key, classes.size);
    count.set(unit.key, (count.get(unit.key) ?? 0) + 1);
    last.set(unit.key, i);
  });
  return units.map((unit, i) => [classes.get(unit.key), count.get(unit.key), last.get(unit.key) === i]);
}

describe('key classes (classifyRows)', () => {
  const classesOf = (units: Unit[]) => units.map((unit) => [unit.keyClass, unit.repeats, unit.lastCopy]);
  const check = (blocks: Block[], reuse: boolean[]) => {
    for (const plain of [false, true]) {
      const units = classify(blocks, undefined, { model: false, plain });
      expect(classesOf(units)).toEqual(keyClassesOfMap(units));
      const later = again(blocks, units, reuse, plain);
      expect(classesOf(later)).toEqual(keyClassesOfMap(later));
    }
  };
  it('are those of a Map of the keys, on the seeds and on random pages', () => {
    for (const blocks of seedPages)
      check(
        blocks,
        blocks.map((_, i) => i % 2 === 0),
      );
    const reuse = fc.array(fc.boolean(), { maxLength: 60 });
    fc.assert(fc.property(seedLinePage, reuse, check));
    fc.assert(fc.property(multiLinePage, reuse, check));
  });
});
