/**
 * `copydesk query near` against the local stack (issue 16 item 6): a 300-word article whose last sentence
 * was replaced is found, although its simhash moved far past the 3 bits the old band scheme could reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hamming } from '../../functions/cli/queries.ts';
import { idOf } from './fixtures.ts';
import { article, type LocalTarget, startLocalTarget } from './local-target.ts';

const REPORT = [
  'The regional council approved a plan on Tuesday to rebuild the old harbour wall, which was badly damaged by winter storms two years ago and has been closed to walkers ever since.',
  'Engineers told the council that the new wall would be built from concrete blocks faced with local stone, so that it matches the rest of the seafront and lasts at least a century.',
  'Work is expected to start in the spring and to take about eighteen months, during which the car park beside the lifeboat station will close and fishing boats will moor in the outer basin.',
  'The project will cost about twelve million euros, most of it paid by the national coastal fund, with the rest coming from the council budget and a loan from the regional development bank.',
  'Several residents spoke at the meeting, and most of them welcomed the plan, although two shop owners said they feared losing customers while the promenade is fenced off during the works.',
  'The mayor promised that a temporary footpath would keep the shops within reach, and said the council would review parking charges in the town centre to help traders through the summer.',
  'A local environmental group asked the council to study the effect of the works on the seabirds that nest on the breakwater, and the engineers agreed to pause the noisiest work in the nesting season.',
  'The harbour master said the new wall would also shelter the inner basin from the north-westerly gales that have sunk two small boats at their moorings in the last ten years.',
  'Councillors will vote on the contract for the works in March, after a tender that is open to builders from across the country and that will close at the end of January.',
  'Until then, the damaged section of the wall will stay closed, and walkers are asked to use the inland path that runs behind the old fish market and the sailing club.',
];

const LAST =
  'The council will publish the full plans on its website next week, and a public exhibition will open in the town library.';
const REPLACED =
  'A second public meeting about the works is planned for February in the sports hall, the council said on Wednesday.';

let target: LocalTarget;

beforeAll(async () => {
  target = await startLocalTarget();
  await target.upload(
    'harbour.txt',
    article('Council approves harbour wall rebuild', 'Ann Lee', [...REPORT, LAST]),
  );
  await target.upload(
    'harbour-edited.txt',
    article('Council approves harbour wall rebuild', 'Ann Lee', [...REPORT, REPLACED]),
  );
  await target.upload(
    'election.txt',
    article('New council elected in the north', 'John Roe', [
      'Voters in the northern district chose a new council on Sunday, with turnout well above the figure recorded at the previous election.',
      'The count finished late in the evening, and the winning list promised to publish its first budget before the end of the year.',
    ]),
  );
  await target.stack.drain();
});

afterAll(async () => {
  await target?.close();
});

describe('copydesk query near (MinHash bands)', () => {
  it('finds the 300-word article whose last sentence was replaced, and nothing unrelated', async () => {
    const result = await target.cli([
      'query',
      'near',
      'raw/harbour.txt',
      '--json',
      '--fields',
      'id,similarity,distance',
    ]);

    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; similarity: number; distance: number });
    console.log(
      `[near] last sentence of a 300-word article replaced: similarity ${rows[0]?.similarity}, simhash distance ${rows[0]?.distance} bits`,
    );
    expect(rows.map((row) => row.id)).toEqual([idOf(target, 'harbour-edited.txt')]);
    expect(rows[0]?.similarity).toBeGreaterThanOrEqual(0.4);
    // The old scheme (simhash bands, at most 3 bits) could not have found it.
    expect(rows[0]?.distance).toBeGreaterThan(3);
  });

  it('filters by simhash distance too when asked', async () => {
    const result = await target.cli(['query', 'near', 'raw/harbour.txt', '--json', '--distance', '3']);

    expect(result.stdout.trim()).toBe('');
  });

  it('reports the same distance the CLI computes from the stored simhashes', async () => {
    const records = await Promise.all(
      ['harbour.txt', 'harbour-edited.txt'].map(async (name) =>
        JSON.parse(
          (await target.cli(['query', 'key', `raw/${name}`, '--json', '--fields', 'simhash'])).stdout,
        ),
      ),
    );

    expect(hamming(records[0].simhash, records[1].simhash)).toBeGreaterThan(3);
  });
});
