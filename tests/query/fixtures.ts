/** Articles uploaded to the local stack by the query tests, and helpers to read what the CLI printed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { simhashBands } from '../../functions/shared/simhash-bands.ts';
import { loadSeeds, SEEDS_DIR } from '../support/seeds.ts';
import { article, type LocalTarget } from './local-target.ts';

const STORM = [
  'The harbour authority closed the port on Monday after a storm damaged two of the cranes used to unload container ships, officials said.',
  'Repairs are expected to take two days, and shipping companies have been told to divert vessels to the neighbouring port in the meantime.',
  '"We will reopen as soon as it is safe," said the harbour master, who added that no one was hurt.',
];

const ELECTION = [
  'Voters in the northern district chose a new council on Sunday, with turnout well above the figure recorded at the previous election.',
  'The count finished late in the evening, and the winning list promised to publish its first budget before the end of the year.',
];

const FLOOD = [
  'Heavy rain flooded the lower town overnight, and firefighters pumped water out of dozens of cellars along the river until the morning.',
  'The council opened the sports hall for families who had to leave their homes, and said the water was already going down.',
];

const BRIDGE = [
  'The old railway bridge will close for a year of repairs from next month, the regional transport company announced on Tuesday.',
  'Trains will stop on either side of the river, and buses will carry passengers across the road bridge during the works.',
];

/** name → [text, url] */
export const FIXTURES: Record<string, [string | Uint8Array, string | undefined]> = {
  'storm.txt': [
    article('Storm closes harbour for two days', 'Jane Doe', STORM),
    'https://www.example.com/news/storm',
  ],
  'storm-copy.txt': [
    article('Storm closes harbour for two days', 'Jane Doe', STORM),
    'https://other.org/wire/storm',
  ],
  'election.txt': [
    article('New council elected in the north', 'John Roe', ELECTION, 'November 5, 2023'),
    'https://www.example.com/politics/election',
  ],
  'bridge.txt': [
    article('Railway bridge to close for repairs', 'Ann Lee and Bob Ray', BRIDGE, 'June 1, 2024'),
    'https://www.example.com/transport/bridge',
  ],
  'flood.txt': [article('Rain floods the lower town', 'Kim Park', FLOOD), 'https://news.example.net/flood'],
  'flood copy+1 é.txt': [
    article('Rain floods the lower town', 'Kim Park', FLOOD),
    'https://news.example.net/flood-2',
  ],
  'empty.txt': ['', undefined],
  'binary.txt': [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5]), undefined],
};

/** Uploads the seeds as `npm start` does: key `raw/NAME`, the expected record's url as metadata. */
export async function uploadSeeds(target: LocalTarget): Promise<void> {
  for (const seed of loadSeeds()) {
    await target.upload(seed.file, readFileSync(join(SEEDS_DIR, seed.file)), seed.expected.url ?? undefined);
  }
  await target.stack.drain();
}

export async function uploadFixtures(target: LocalTarget): Promise<void> {
  for (const [name, [text, url]] of Object.entries(FIXTURES)) await target.upload(name, text, url);
  await target.stack.drain();
}

export function idOf(target: LocalTarget, name: string): string {
  return `s3://${target.stack.names.rawBucket}/${target.stack.prefix}${name}`;
}

/**
 * Removes the simhash band attributes from records, as they are on records written before the
 * near-duplicate indexes existed (the CLI then falls back to a scan).
 */
export async function stripBands(target: LocalTarget, names: string[]): Promise<void> {
  const bandNames = Object.keys(simhashBands('0123456789abcdef'));
  for (const name of names) {
    await target.stack.documents.send(
      new UpdateCommand({
        TableName: target.stack.names.table,
        Key: { id: idOf(target, name) },
        UpdateExpression: `REMOVE ${bandNames.map((_, i) => `#b${i}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(bandNames.map((band, i) => [`#b${i}`, band])),
      }),
    );
  }
}

/** The `id`s of JSON-lines output. */
export function ids(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

export function keysOf(target: LocalTarget, names: string[]): string[] {
  return names.map((name) => idOf(target, name));
}
