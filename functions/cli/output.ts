/** Printing records: an aligned table for people, JSON lines (`--json`) for pipes, `--fields` for both. */

export type Row = Record<string, unknown>;

export interface OutputOptions {
  json: boolean;
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

/** Write records in the chosen format (a table is written whole, so its columns line up). */
export function writeRecords(out: NodeJS.WritableStream, records: Row[], options: OutputOptions): void {
  if (options.json) {
    out.write(jsonLines(records, options.fields));
    return;
  }
  if (records.length === 0) return;
  out.write(table(records, options.fields ?? options.defaultFields, isTerminal(out)));
}
