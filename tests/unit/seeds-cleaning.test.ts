/**
 * Golden test: every seed sample gives exactly its expected title, body and removed list. The title is the
 * record's (a feed item's or a JSON item's declared headline where the text has none: the cleaner finds none there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../functions/core/body.ts';
import { clean } from '../../functions/core/clean.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { processText } from '../../functions/core/pipeline.ts';
import { SEED_INPUT } from '../support/seeds.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const files = new Map(
  readdirSync(SEEDS)
    .filter((file) => SEED_INPUT.test(file))
    .map((file) => [file.replace(SEED_INPUT, ''), file]),
);
const names = [...files.keys()];

function run(name: string) {
  const file = files.get(name)!;
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(SEEDS, `${name}.expected.json`), 'utf8'));
  const page = readLayout(text, file);
  const result = clean(page.blocks);
  return { expected: expected.record, result, format: page.format, text, file };
}

describe('seed samples (cleaning)', () => {
  it('has the given sample and at least 12 more', () => {
    const count = names.length;

    expect(names).toContain('000_6948aba9408f395b');
    expect(count).toBeGreaterThanOrEqual(13);
  });

  for (const name of names) {
    it(`${name}: title`, () => {
      const { expected, text, file } = run(name);

      expect(processText(text, { name: file }).title).toBe(expected.title);
    });

    it(`${name}: body`, () => {
      const { expected, result, format } = run(name);

      const body = renderBody(result.body, format);

      expect(body).toBe(expected.body);
    });

    it(`${name}: removed items (text, rule, kind)`, () => {
      const { expected, result } = run(name);

      const removed = result.removed.map(({ text, rule, kind }) => ({ text, rule, kind }));

      expect(removed).toEqual(expected.removed);
    });

    it(`${name}: reader comments (author, text)`, () => {
      const { expected, result } = run(name);

      const comments = (result.comments ?? []).map(({ author, text }) => ({ author, text }));
      const wanted = (expected.comments ?? []).map(({ author, text }: { author: string; text: string }) => ({
        author,
        text,
      }));

      expect(comments).toEqual(wanted);
    });
  }
});

describe('the given sample', () => {
  it('matches the shared expectation: body and the 5 removed texts', () => {
    const shared = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../seeds/000_6948aba9408f395b.expected.json'), 'utf8'),
    );
    const { result } = run('000_6948aba9408f395b');

    const texts = result.removed.map((item) => item.text);

    expect(texts).toEqual(shared.record.removed.map((item: { text: string }) => item.text));
    expect(texts).toHaveLength(5);
  });
});
