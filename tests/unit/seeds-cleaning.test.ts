/** Golden test: every seed sample gives exactly its expected title, body and removed list. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../functions/core/clean.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { normalise } from '../../functions/core/normalise.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const names = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length));

function run(name: string) {
  const text = readFileSync(join(SEEDS, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(SEEDS, `${name}.expected.json`), 'utf8'));
  const result = clean(segment(normalise(text)));
  return { expected: expected.record, result };
}

describe('seed samples (cleaning)', () => {
  it('has the given sample and at least 12 more', () => {
    const count = names.length;

    expect(names).toContain('000_6948aba9408f395b');
    expect(count).toBeGreaterThanOrEqual(13);
  });

  for (const name of names) {
    it(`${name}: title`, () => {
      const { expected, result } = run(name);

      expect(result.title).toBe(expected.title);
    });

    it(`${name}: body`, () => {
      const { expected, result } = run(name);

      const body = result.body.map((block) => block.text).join('\n\n');

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
