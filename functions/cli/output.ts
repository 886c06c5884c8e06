/**
 * Printing records: an aligned table on a terminal, tab-separated values when piped, JSON lines with
 * `--json` (or `--format json`); `--fields` picks the columns of each.
 */

import { UsageError } from './usage-error.ts';

export type Row = Record<string, unknown>;

export const FORMATS = ['table', 'tsv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputOptions {
  format: Format;
  /** Columns (dot paths into the record, e.g. `quality.removedWordShare`); null = whole record in JSON. */
  fields: string[] | null;
  /** The default columns of the table when no --fields. */
  defaultFields: string[];
}

export function isTerminal(out: NodeJS.WritableStream): boolean {
  return Boolean((out as { isTTY?: boolean }).isTTY);
}

export function parseFields(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const fields = value
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  return fields.length > 0 ? fields : null;
}

/** A value by dot path (`quality.removedWords`, `authors.0`). */
export function fieldValue(record: Row, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export function pickFields(record: Row, fields: string[]): Row {
  return Object.fromEntries(fields.map((field) => [field, fieldValue(record, field) ?? null]));
}

/** One line per record; with --fields only those (absent ones as null, so every line has the same keys). */
export function jsonLines(records: Row[], fields: string[] | null): string {
  return records
    .map((record) => `${JSON.stringify(fields ? pickFields(record, fields) : record)}\n`)
    .join('');
}

export function cellText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  if (Array.isArray(value)) return value.map(cellText).join(', ') || '-';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s+/g, ' ');
}

/**
 * An aligned table with a header. On a terminal, long cells are cut with an ellipsis so a row fits a
 * line; in a pipe nothing is cut (people grep it).
 */
export function table(records: Row[], fields: string[], terminal: boolean): string {
  const maxCell = terminal ? 48 : Number.POSITIVE_INFINITY;
  const cut = (text: string) => (text.length > maxCell ? `${text.slice(0, maxCell - 1)}…` : text);
  const rows = records.map((record) => fields.map((field) => cut(cellText(fieldValue(record, field)))));
  const header = fields.map((field) => field.toUpperCase());
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/**
 * Tab-separated values with a header line: one record per line, nothing cut or padded, tabs and line
 * breaks inside values turned into spaces, absent values empty (for cut, awk, sort, spreadsheets).
 */
export function tsv(records: Row[], fields: string[]): string {
  const cell = (value: unknown) =>
    value === undefined || value === null ? '' : cellText(value).replace(/\t/g, ' ').replace(/^-$/, '');
  const lines = [
    fields.join('\t'),
    ...records.map((record) => fields.map((f) => cell(fieldValue(record, f))).join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The format asked for (`--format`, or `--json`), else a table on a terminal and TSV in a pipe, so a
 * padded table never reaches another program.
 */
export function chooseFormat(out: NodeJS.WritableStream, format: string | undefined, json: boolean): Format {
  if (json) return 'json';
  if (format === undefined) return isTerminal(out) ? 'table' : 'tsv';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format takes ${FORMATS.join(', ')} (not '${format}')`);
  }
  return format as Format;
}

/**
 * Write records in the chosen format. A table is written whole (so its columns line up); JSON lines
 * and TSV can be written page by page (`header: false` after the first page of TSV).
 */
export function writeRecords(
  out: NodeJS.WritableStream,
  records: Row[],
  options: OutputOptions,
  header = true,
): void {
  const fields = options.fields ?? options.defaultFields;
  if (options.format === 'json') out.write(jsonLines(records, options.fields));
  else if (options.format === 'tsv') {
    const text = tsv(records, fields);
    out.write(header ? text : text.slice(text.indexOf('\n') + 1));
  } else if (records.length > 0) out.write(table(records, fields, isTerminal(out)));
}
