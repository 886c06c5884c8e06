/** A record as a person reads it: outcome and metadata, then every removed line with its rule (`show`, `clean --format text`). */
import { cellText, fieldValue, type Row } from './output.ts';

export interface Removed {
  text: string;
  rule: string;
  kind: string;
  line: number;
}

const SUMMARY: [label: string, path: string][] = [
  ['title', 'title'],
  ['authors', 'authors'],
  ['site', 'site'],
  ['publishedAt', 'publishedAt'],
  ['url', 'url'],
  ['language', 'language'],
  ['sources', 'sources'],
  ['contentHash', 'contentHash'],
  ['simhash', 'simhash'],
  ['eTag', 'eTag'],
  ['versionId', 'versionId'],
];

export function formatRecord(record: Row, removed: Removed[], terminal: boolean): string {
  const lines = [String(record.id)];
  const label = (name: string, value: string) => lines.push(`  ${name.padEnd(14)}${value}`);
  const processed =
    `cleaner ${cellText(record.cleanerVersion)}` +
    (record.processedAt ? `, processed ${cellText(record.processedAt)}` : '');
  label('status', `${cellText(record.status)} (${processed})`);
  if (record.status !== 'clean') {
    label('reason', `${cellText(record.reason)}: ${cellText(record.reasonDetail)}`);
  }
  for (const [name, path] of SUMMARY) {
    const value = fieldValue(record, path);
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
      label(name, cellText(value));
    }
  }
  const quality = record.quality as Record<string, number> | undefined;
  if (quality) {
    const share = `${Math.round((quality.removedWordShare ?? 0) * 1000) / 10}%`;
    label(
      'words',
      `${cellText(record.wordCount)} kept; ${quality.removedWords} of ${quality.inputWords} removed (${share})`,
    );
  }
  if (record.status === 'clean') {
    lines.push('', `Removed (${removed.length}):`);
    if (removed.length === 0) lines.push('  nothing');
    const ruleWidth = Math.max(4, ...removed.map((item) => item.rule.length));
    const kindWidth = Math.max(4, ...removed.map((item) => item.kind.length));
    lines.push(`  ${'LINE'.padStart(5)}  ${'RULE'.padEnd(ruleWidth)}  ${'KIND'.padEnd(kindWidth)}  TEXT`);
    const maxText = terminal ? 80 : Number.POSITIVE_INFINITY;
    for (const item of removed) {
      // A removed block keeps its lines: one row each, numbered, the rule on the first.
      item.text.split('\n').forEach((text, offset) => {
        const shown = text.length > maxText ? `${text.slice(0, maxText - 1)}…` : text;
        const rule = offset === 0 ? item.rule : '';
        const kind = offset === 0 ? item.kind : '';
        lines.push(
          `  ${String(item.line + offset).padStart(5)}  ${rule.padEnd(ruleWidth)}  ${kind.padEnd(kindWidth)}  ${shown}`,
        );
      });
    }
  }
  return `${lines.join('\n')}\n`;
}
