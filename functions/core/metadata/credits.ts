/**
 * Credit lines: "(Reporting by Lena Fischer; Editing by Tom Hays)", "Additional reporting by Ana Ruiz",
 * "Compiled by Jo Roe", "Mitarbeit: Max Muster". The people become `contributors` with their role; the
 * reporters (and writers, compilers) are the authors when the page has no byline; an agency named in a credit
 * ("Reporting by Reuters") is a source, never a person.
 */
import { StringIndexFast } from '../string-index-fast.ts';
import type { CleanResult, Contributor, ContributorRole } from '../types.ts';
import type { LabelPatterns } from './labels.ts';
import { asPersonName, splitNames, tidyName } from './names.ts';
import { agencyName } from './sources.ts';

export interface Credits {
  contributors: Contributor[];
  /** The reporters, writers and compilers: the authors when the page has no byline. */
  reporters: string[];
  /** 1-based input line of the first credit naming a reporter. */
  reporterLine: number | null;
  /** Agencies named in credits (stored names). */
  agencies: string[];
  /** Blocks holding a credit line (for the audit of removed lines). */
  blocks: Set<number>;
}

/** Credit lines are short; longer text is prose that happens to say "reporting by". */
const MAX_CREDIT = 300;
/** Clauses of one credit line: "Reporting by A; Editing by B", "Reporting by A, editing by B". */
const CLAUSE = /\s*;\s*|\s*,\s*(?=\p{Ll}+(?:\s+\p{Ll}+)?\s+by\b)|\s+and\s+(?=\p{Ll}+\s+by\b)/u;

/** What `labels.credit` needs after the label: white space or a colon (see labels.ts). */
const CREDIT_SEPARATOR = /[\s:：]/u;

/** The line opens with "(" or closes with ")" or ")." (what the credit reader cuts off). */
function inBrackets(line: string): boolean {
  return line.startsWith('(') || line.endsWith(')') || line.endsWith(').');
}

function roleOf(label: string): ContributorRole {
  const lower = label.toLowerCase();
  if (/additional|zusätzlich/u.test(lower)) return 'additional-reporting';
  if (/edit|redaktion|bearbeit|édit|edición|edição|redactie/u.test(lower)) return 'editing';
  if (/compil/u.test(lower)) return 'compiling';
  if (/writ|schreib/u.test(lower)) return 'writing';
  if (/research/u.test(lower)) return 'research';
  if (/report/u.test(lower)) return 'reporting';
  return 'contributing';
}

/** Every credit line of the page (blocks and removed lines, each text read once). */
export function extractCredits(cleaned: CleanResult, labels: LabelPatterns): Credits {
  const credits: Credits = {
    contributors: [],
    reporters: [],
    reporterLine: null,
    agencies: [],
    blocks: new Set(),
  };
  // The texts holding a credit, read already: each text is read at its first appearance only (a removed line is
  // often its block's text too). Only those texts are looked up: a text with no credit gives nothing however
  // often it is read, and numbering every text of the page cost more than reading some twice.
  const withCredits = new StringIndexFast(8);
  const read = (text: string, block: number, line: number) => {
    // A credit has a separator (white space or a colon) after its label: a text with none (one word, no line
    // break) holds no credit (10 MB of one-word blocks: a million of them).
    if (!CREDIT_SEPARATOR.test(text)) return;
    let first: boolean | null = null;
    for (let from = 0, offset = 0; from <= text.length; offset++) {
      // The lines of `text.split('\n')`, without the array: a one-line text is read as itself.
      let end = text.indexOf('\n', from);
      if (end < 0) end = text.length;
      const raw = from === 0 && end === text.length ? text : text.slice(from, end);
      from = end + 1;
      const lineNo = line + offset;
      const whole = raw.trim();
      // The brackets cut below are three characters at most: a longer line is no credit, and no regex runs on it.
      if (whole.length > MAX_CREDIT + 3) continue;
      const trimmed = inBrackets(whole) ? whole.replace(/^\(|\)\.?$/gu, '') : whole;
      if (trimmed.length === 0 || trimmed.length > MAX_CREDIT) continue;
      // Most lines start with a letter no credit label starts with: no regex for them.
      if (!labels.creditStarts.has(trimmed.charAt(0).toLowerCase()) && !trimmed.includes(';')) continue;
      // CLAUSE splits at a semicolon, or before a "… by": a line with neither is one clause.
      const clauses = trimmed.includes(';') || trimmed.includes('by') ? trimmed.split(CLAUSE) : [trimmed];
      for (const clause of clauses) {
        const match = clause.trim().match(labels.credit);
        if (!match) continue;
        if (first === null) {
          const known = withCredits.strings.length;
          first = withCredits.add(text) === known;
        }
        if (!first) return;
        credits.blocks.add(block);
        const label = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
        const role = roleOf(label);
        const reporter = labels.reporting.has(label);
        for (const part of splitNames((match[2] ?? '').replace(/[.)]+$/u, ''), labels.conjunctions)) {
          const agency = agencyName(part);
          if (agency) {
            if (!credits.agencies.includes(agency)) credits.agencies.push(agency);
            continue;
          }
          const name = asPersonName(tidyName(part.replace(/\s+in\s+\p{Lu}.*$/u, '')), 2, true);
          if (!name || credits.contributors.some((c) => c.name === name && c.role === role)) continue;
          credits.contributors.push({ name, role });
          if (reporter && !credits.reporters.includes(name)) {
            credits.reporters.push(name);
            credits.reporterLine ??= lineNo;
          }
        }
      }
    }
  };
  // By index: a for-of over a page of a million blocks makes an iteration result per block (~44 MiB).
  const { blocks, removed } = cleaned;
  for (let i = 0; i < blocks.length; i++) read(blocks[i]!.text, blocks[i]!.index, blocks[i]!.line);
  for (let i = 0; i < removed.length; i++) read(removed[i]!.text, removed[i]!.block, removed[i]!.line);
  return credits;
}
