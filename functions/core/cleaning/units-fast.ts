/**
 * The cleaner's units as views onto one table of columns: the same fields as classify.ts's plain unit objects
 * (`newUnit`, the reference), read and written through getters and setters (the properties of
 * tests/unit/units-fast.test.ts).
 *
 * Why: a plain unit is an object of 14 fields with its two scores boxed (~170 bytes on the 64-bit heap) and a
 * TextFeatures object of its own text (88 bytes): 10 MB of one-word blocks (1.16 million blocks) held 264 bytes
 * a block live at the cleaning stage's peak. Here a unit is an object of two fields (its table and its row, 40
 * bytes); its measures, counts and verdicts (numbered) sit in typed arrays of the table (11 int32s and 2 doubles
 * a row, and 2 more for the scores once one is written), its key in an array, and a multi-line block's lines and
 * line verdicts in side arrays.
 * A unit is its own TextFeatures (`feat` returns the unit): its measures are read from the same row.
 */
import type { Block } from '../types.ts';
import type { Analysis, Unit, Verdict } from './classify.ts';
import type { TextFeatures } from './text.ts';

/** Line verdicts of every one-line block (shared, never written). */
export const ONE_LINE: (Verdict | null)[] = [null];

/** Int32 columns of a row. */
const WORDS = 0;
const CHARS = 1;
const START = 2;
const READER = 3;
const PACKED = 4;
const KEY_CLASS = 5;
const REPEATS = 6;
/** Slot in the side arrays of lines and line verdicts; -1: one line (lines null, line verdicts ONE_LINE). */
const MULTI = 7;
/** Numbers of the verdict and the base verdict in the table's list of verdicts (0: null). */
const VERDICT = 8;
const BASE_VERDICT = 9;
/** Number of the word shares' chunk of hashes in the table's list of chunks. */
const CHUNK = 10;
const INTS = 11;

/** Float64 columns of a row. */
const STOP_SHARE = 0;
const TITLE_SHARE = 1;
const FLOATS = 2;
/** The scores, two a row, in an array of their own made on the first write (a page with no chrome has none). */
const VALUE = 0;
const ODDS = 1;

/** Bits of PACKED: flags, then the word shares' `count` and `chrome` (each at most SHARE_WORDS = 40 < 64). */
const TERMINAL = 1;
const TRUNCATED = 2;
const FOLD_FREE = 4;
const MULTI_LINE = 8;
const CODE = 16;
const PROSE = 32;
const LAST_COPY = 64;
const COUNT_SHIFT = 8;
const CHROME_SHIFT = 14;
const SIX_BITS = 63;

/** The columns of the units of one page (one `classify` call). */
export class UnitTable {
  readonly blocks: readonly Block[];
  readonly length: number;
  readonly ints: Int32Array;
  readonly floats: Float64Array;
  /** The scores (VALUE, ODDS) of each row; null until one is written (all read -0 until then). */
  scores: Float64Array | null = null;
  readonly keys: string[];
  /** The verdicts the rows have, by number (0: null), and their numbers. */
  private readonly verdictList: (Verdict | null)[] = [null];
  private readonly verdictNumbers = new Map<Verdict, number>();
  /** The chunks of word-share hashes the rows read, by number. */
  readonly chunks: Int32Array[] = [];
  /** Per slot (MULTI): a multi-line block's lines, and its line verdicts (null until asked for). */
  readonly multiLines: (string[] | null)[] = [];
  readonly multiVerdicts: ((Verdict | null)[] | null)[] = [];

  constructor(blocks: readonly Block[]) {
    const n = blocks.length;
    this.blocks = blocks;
    this.ints = new Int32Array(n * INTS);
    this.floats = new Float64Array(n * FLOATS);
    this.keys = new Array<string>(n);
    this.length = n;
  }

  /** The scores, made at the first write: they start as -0, as a plain unit's do. */
  writableScores(): Float64Array {
    this.scores ??= new Float64Array(this.length * 2).fill(-0);
    return this.scores;
  }

  /** The number of a verdict in this table's list. */
  numberOf(verdict: Verdict | null): number {
    if (verdict === null) return 0;
    let number = this.verdictNumbers.get(verdict);
    if (number === undefined) {
      number = this.verdictList.length;
      this.verdictList.push(verdict);
      this.verdictNumbers.set(verdict, number);
    }
    return number;
  }

  verdictNumbered(number: number): Verdict | null {
    return this.verdictList[number]!;
  }

  private readonly chunkNumbers = new Map<Int32Array, number>();

  /** The number of a chunk of hashes in this table's list (rows in order mostly share the last one). */
  private chunkNumber(hashes: Int32Array): number {
    const last = this.chunks.length - 1;
    if (last >= 0 && this.chunks[last] === hashes) return last;
    let number = this.chunkNumbers.get(hashes);
    if (number === undefined) {
      number = this.chunks.length;
      this.chunks.push(hashes);
      this.chunkNumbers.set(hashes, number);
    }
    return number;
  }

  private made: Unit[] | null = null;

  /**
   * The units, made on first use: classify's own passes and a page with no chrome (clean.ts) read the rows
   * through the methods below, and 10 MB of one-word blocks needs no unit object at all (1.16 million of them).
   */
  get units(): Unit[] {
    if (this.made === null) {
      const units = new Array<Unit>(this.length);
      for (let i = 0; i < this.length; i++) units[i] = new PackedUnit(this, i);
      this.made = units;
    }
    return this.made;
  }

  // Row i's fields, as its unit has them.

  text(i: number): string {
    return this.blocks[i]!.text;
  }

  verdict(i: number): Verdict | null {
    return this.verdictList[this.ints[i * INTS + VERDICT]!]!;
  }

  setVerdict(i: number, verdict: Verdict | null): void {
    this.ints[i * INTS + VERDICT] = this.numberOf(verdict);
  }

  words(i: number): number {
    return this.ints[i * INTS + WORDS]!;
  }

  terminal(i: number): boolean {
    return (this.ints[i * INTS + PACKED]! & TERMINAL) !== 0;
  }

  prose(i: number): boolean {
    return (this.ints[i * INTS + PACKED]! & PROSE) !== 0;
  }

  key(i: number): string {
    return this.keys[i]!;
  }

  lines(i: number): string[] | null {
    const slot = this.ints[i * INTS + MULTI]!;
    return slot < 0 ? null : this.multiLines[slot]!;
  }

  lineVerdictsAt(i: number): (Verdict | null)[] | null {
    const slot = this.ints[i * INTS + MULTI]!;
    return slot < 0 ? ONE_LINE : this.multiVerdicts[slot]!;
  }

  setLineVerdicts(i: number, verdicts: (Verdict | null)[] | null): void {
    const r = i * INTS + MULTI;
    const slot = this.ints[r]!;
    if (slot >= 0) this.multiVerdicts[slot] = verdicts;
    else if (verdicts !== ONE_LINE) {
      this.ints[r] = this.multiLines.length;
      this.multiLines.push(null);
      this.multiVerdicts.push(verdicts);
    }
  }

  keyClass(i: number): number {
    return this.ints[i * INTS + KEY_CLASS]!;
  }

  /** Row i's key class, its copy count and whether it is the last copy. */
  setCopies(i: number, keyClass: number, repeats: number, lastCopy: boolean): void {
    const r = i * INTS;
    this.ints[r + KEY_CLASS] = keyClass;
    this.ints[r + REPEATS] = repeats;
    this.ints[r + PACKED] = lastCopy
      ? this.ints[r + PACKED]! | LAST_COPY
      : this.ints[r + PACKED]! & ~LAST_COPY;
  }

  /**
   * Row i: the unit of blocks[i] with the analysis given (`newUnit` of classify.ts: verdict = baseVerdict, key
   * class 0, no repeats, the last copy, scores -0).
   */
  set(
    i: number,
    lines: string[] | null,
    feat: TextFeatures,
    key: string,
    baseVerdict: Verdict | null,
    lineVerdicts: (Verdict | null)[] | null,
    code: boolean,
    prose: boolean,
  ): void {
    const count = feat.count;
    const chrome = feat.chrome;
    if (count > SIX_BITS || chrome > SIX_BITS) throw new RangeError('word shares past 63 words');
    const r = i * INTS;
    const ints = this.ints;
    ints[r + WORDS] = feat.words;
    ints[r + CHARS] = feat.chars;
    ints[r + START] = feat.start;
    ints[r + READER] = feat.reader;
    ints[r + PACKED] =
      (feat.terminal ? TERMINAL : 0) |
      (feat.truncated ? TRUNCATED : 0) |
      (feat.foldFree ? FOLD_FREE : 0) |
      (feat.multiLine ? MULTI_LINE : 0) |
      (code ? CODE : 0) |
      (prose ? PROSE : 0) |
      LAST_COPY |
      (count << COUNT_SHIFT) |
      (chrome << CHROME_SHIFT);
    ints[r + KEY_CLASS] = 0;
    ints[r + REPEATS] = 0;
    if (lines === null && lineVerdicts === ONE_LINE) ints[r + MULTI] = -1;
    else {
      ints[r + MULTI] = this.multiLines.length;
      this.multiLines.push(lines);
      this.multiVerdicts.push(lineVerdicts);
    }
    const f = i * FLOATS;
    this.floats[f + STOP_SHARE] = feat.stopShare;
    this.floats[f + TITLE_SHARE] = feat.titleShare;
    ints[r + CHUNK] = this.chunkNumber(feat.hashes);
    this.keys[i] = key;
    const base = this.numberOf(baseVerdict);
    ints[r + VERDICT] = base;
    ints[r + BASE_VERDICT] = base;
  }

  /** Row i as a copy of the analysis of row j (the same text earlier on the page). */
  copy(i: number, j: number): void {
    const ints = this.ints;
    const r = i * INTS;
    const s = j * INTS;
    ints[r + WORDS] = ints[s + WORDS]!;
    ints[r + CHARS] = ints[s + CHARS]!;
    ints[r + START] = ints[s + START]!;
    ints[r + READER] = ints[s + READER]!;
    ints[r + PACKED] = ints[s + PACKED]! | LAST_COPY;
    ints[r + KEY_CLASS] = 0;
    ints[r + REPEATS] = 0;
    const slot = ints[s + MULTI]!;
    if (slot < 0) ints[r + MULTI] = -1;
    else {
      ints[r + MULTI] = this.multiLines.length;
      this.multiLines.push(this.multiLines[slot]!);
      this.multiVerdicts.push(this.multiVerdicts[slot]!);
    }
    this.floats[i * FLOATS + STOP_SHARE] = this.floats[j * FLOATS + STOP_SHARE]!;
    this.floats[i * FLOATS + TITLE_SHARE] = this.floats[j * FLOATS + TITLE_SHARE]!;
    ints[r + CHUNK] = ints[s + CHUNK]!;
    this.keys[i] = this.keys[j]!;
    const base = ints[s + BASE_VERDICT]!;
    ints[r + VERDICT] = base;
    ints[r + BASE_VERDICT] = base;
  }

  /** Row i as a copy of an analysis from elsewhere (a unit of an earlier pass). */
  reuse(i: number, known: Analysis): void {
    this.set(
      i,
      known.lines,
      known.feat,
      known.key,
      known.baseVerdict,
      known.lineVerdicts,
      known.code,
      known.prose,
    );
  }
}

/** A unit: row `i` of `table`. */
class PackedUnit implements Unit, TextFeatures {
  readonly table: UnitTable;
  readonly i: number;

  constructor(table: UnitTable, i: number) {
    this.table = table;
    this.i = i;
  }

  get block(): Block {
    return this.table.blocks[this.i]!;
  }

  get lines(): string[] | null {
    const slot = this.table.ints[this.i * INTS + MULTI]!;
    return slot < 0 ? null : this.table.multiLines[slot]!;
  }

  get lineVerdicts(): (Verdict | null)[] | null {
    const slot = this.table.ints[this.i * INTS + MULTI]!;
    return slot < 0 ? ONE_LINE : this.table.multiVerdicts[slot]!;
  }

  set lineVerdicts(verdicts: (Verdict | null)[] | null) {
    this.table.setLineVerdicts(this.i, verdicts);
  }

  get feat(): TextFeatures {
    return this;
  }

  get key(): string {
    return this.table.keys[this.i]!;
  }

  get baseVerdict(): Verdict | null {
    return this.table.verdictNumbered(this.table.ints[this.i * INTS + BASE_VERDICT]!);
  }

  get verdict(): Verdict | null {
    return this.table.verdictNumbered(this.table.ints[this.i * INTS + VERDICT]!);
  }

  set verdict(verdict: Verdict | null) {
    this.table.ints[this.i * INTS + VERDICT] = this.table.numberOf(verdict);
  }

  get code(): boolean {
    return (this.table.ints[this.i * INTS + PACKED]! & CODE) !== 0;
  }

  get prose(): boolean {
    return (this.table.ints[this.i * INTS + PACKED]! & PROSE) !== 0;
  }

  get keyClass(): number {
    return this.table.ints[this.i * INTS + KEY_CLASS]!;
  }

  set keyClass(value: number) {
    this.table.ints[this.i * INTS + KEY_CLASS] = value;
  }

  get repeats(): number {
    return this.table.ints[this.i * INTS + REPEATS]!;
  }

  set repeats(value: number) {
    this.table.ints[this.i * INTS + REPEATS] = value;
  }

  get lastCopy(): boolean {
    return (this.table.ints[this.i * INTS + PACKED]! & LAST_COPY) !== 0;
  }

  set lastCopy(value: boolean) {
    const r = this.i * INTS + PACKED;
    const ints = this.table.ints;
    ints[r] = value ? ints[r]! | LAST_COPY : ints[r]! & ~LAST_COPY;
  }

  get value(): number {
    const scores = this.table.scores;
    return scores === null ? -0 : scores[this.i * 2 + VALUE]!;
  }

  set value(value: number) {
    this.table.writableScores()[this.i * 2 + VALUE] = value;
  }

  get odds(): number {
    const scores = this.table.scores;
    return scores === null ? -0 : scores[this.i * 2 + ODDS]!;
  }

  set odds(value: number) {
    this.table.writableScores()[this.i * 2 + ODDS] = value;
  }

  // TextFeatures: the unit's measures.

  get words(): number {
    return this.table.ints[this.i * INTS + WORDS]!;
  }

  get stopShare(): number {
    return this.table.floats[this.i * FLOATS + STOP_SHARE]!;
  }

  get titleShare(): number {
    return this.table.floats[this.i * FLOATS + TITLE_SHARE]!;
  }

  get terminal(): boolean {
    return (this.table.ints[this.i * INTS + PACKED]! & TERMINAL) !== 0;
  }

  get truncated(): boolean {
    return (this.table.ints[this.i * INTS + PACKED]! & TRUNCATED) !== 0;
  }

  get chars(): number {
    return this.table.ints[this.i * INTS + CHARS]!;
  }

  get foldFree(): boolean {
    return (this.table.ints[this.i * INTS + PACKED]! & FOLD_FREE) !== 0;
  }

  get multiLine(): boolean {
    return (this.table.ints[this.i * INTS + PACKED]! & MULTI_LINE) !== 0;
  }

  get hashes(): Int32Array {
    return this.table.chunks[this.table.ints[this.i * INTS + CHUNK]!]!;
  }

  get start(): number {
    return this.table.ints[this.i * INTS + START]!;
  }

  get count(): number {
    return (this.table.ints[this.i * INTS + PACKED]! >> COUNT_SHIFT) & SIX_BITS;
  }

  get chrome(): number {
    return (this.table.ints[this.i * INTS + PACKED]! >> CHROME_SHIFT) & SIX_BITS;
  }

  get reader(): number {
    return this.table.ints[this.i * INTS + READER]!;
  }
}
