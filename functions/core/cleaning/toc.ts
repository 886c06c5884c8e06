/**
 * Tables of contents under their heading ("Table of contents", "Inhaltsverzeichnis", …): the short lines under
 * such a heading sit inside the article, between its intro and its sections.
 */
import { LANGUAGES } from '../vocabulary/index.ts';
import type { Unit } from './classify.ts';
import { SETTINGS } from './settings.ts';

/** Headings of a table of contents in every vocabulary language (line keys: lower case, no final colon). */
const TOC_HEADINGS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.tocHeadings));

/** A table-of-contents entry: a short line, not prose, not code. */
export function isTocEntry(unit: Unit): boolean {
  return !unit.prose && !unit.code && unit.feat.words > 0 && unit.feat.words <= SETTINGS.tocEntryWords;
}

/** The end (exclusive) of the entries under a table-of-contents heading at i, or -1 (not such a heading). */
export function tocEnd(units: Unit[], i: number, end: number): number {
  const unit = units[i]!;
  if (unit.feat.words > 5 || !TOC_HEADINGS.has(unit.key)) return -1;
  let j = i + 1;
  while (j <= end && j - i <= SETTINGS.tocMaxEntries && isTocEntry(units[j]!)) j++;
  return j - i - 1 >= SETTINGS.tocMinEntries ? j : -1;
}

/**
 * A table of contents under its heading costs the region nothing (value 0 instead of the short lines' cost):
 * it sits inside the article, between the intro and the sections, and must not cut the intro off.
 * clean.ts's markTablesOfContents removes it afterwards.
 */
export function neutraliseTablesOfContents(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const j = tocEnd(units, i, units.length - 1);
    if (j < 0) continue;
    for (let k = i; k < j; k++) units[k]!.value = Math.max(units[k]!.value, 0);
    i = j - 1;
  }
}
