/**
 * The four ways of the README's "Query" chapter, checked against the local stack: the SDK recipes it quotes
 * (functions/cli/recipes.ts) run and agree with the CLI; its `aws dynamodb` commands run with the real
 * AWS CLI (/usr/bin/aws, Debian's awscli; AWS_CLI=path to use another); its `copydesk` commands run;
 * its console steps name the same index as its `aws` command. Without the AWS CLI its tests are skipped
 * with a notice (tests/support/tools.ts), unless COPYDESK_REQUIRE_TOOLS=1 (CI) makes them fail.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorRecords,
  nearDuplicatesOf,
  processedBetween,
  recordByKey,
  recordsClient,
  recordsWithStatus,
  sameContent,
  siteRecords,
} from '../../functions/cli/recipes.ts';
import { loadSeeds } from '../support/seeds.ts';
import { toolStatus } from '../support/tools.ts';
import { idOf, ids, keysOf, uploadFixtures, uploadSeeds } from './fixtures.ts';
import { type LocalTarget, startLocalTarget } from './local-target.ts';

const run = promisify(execFile);
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** The README's "Query" chapter: from its `## Query` heading to the next chapter. */
const QUERY_MD = README.slice(README.indexOf('\n## Query\n')).split(/\n## (?!Query\n)/)[0] as string;
const RECIPES = readFileSync(new URL('../../functions/cli/recipes.ts', import.meta.url), 'utf8');
const AWS = toolStatus('aws');

const SEEDS = loadSeeds();
/** The seed the README's examples use (`npm start` uploads it as raw/NAME). */
const EXAMPLE_KEY = 'raw/001_byline_dateline.txt';

let target: LocalTarget;
let from: string;
let to: string;
let storm: Record<string, unknown>;
let example: Record<string, unknown>;

beforeAll(async () => {
  from = new Date().toISOString();
  target = await startLocalTarget();
  // What `npm start -- --watch` creates (the README's examples read these), plus duplicates and rejects.
  await uploadSeeds(target);
  await uploadFixtures(target);
  to = new Date().toISOString();
  storm = JSON.parse((await target.cli(['query', 'key', 'raw/storm.txt', '--json'])).stdout);
  example = JSON.parse((await target.cli(['query', 'key', EXAMPLE_KEY, '--json'])).stdout);
});

afterAll(async () => {
  await target.close();
});

/** Sections of the Query chapter by their `### ` title, with their fenced blocks. */
function sections(): { title: string; text: string; blocks: { lang: string; code: string }[] }[] {
  return QUERY_MD.split(/^### /m)
    .slice(1)
    .map((text) => ({
      title: text.slice(0, text.indexOf('\n')),
      text,
      blocks: [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
        lang: m[1] as string,
        code: m[2] as string,
      })),
    }));
}

function section(title: string) {
  const found = sections().find((candidate) => candidate.title.startsWith(title));
  if (!found) throw new Error(`the README's Query chapter has no section '${title}'`);
  return found;
}

/** Shell commands of a block: continuation lines joined, comments and blank lines dropped. */
function commands(code: string, program: string): string[] {
  return code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(program));
}

async function awsCommands(title: string, variables: Record<string, string> = {}): Promise<unknown[]> {
  if (!AWS.path) throw new Error(AWS.notice);
  const lines = section(title).blocks.flatMap((block) =>
    block.lang === 'sh' ? commands(block.code, 'aws ') : [],
  );
  expect(lines.length).toBeGreaterThan(0);
  const outputs: unknown[] = [];
  for (const line of lines) {
    // The documented command, pointed at the local stack as the README says.
    const script = line.replace(/^aws /, '"$AWS_BIN" --endpoint-url "$ENDPOINT" --output json ');
    const { stdout } = await run('bash', ['-c', script], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_BIN: AWS.path,
        ENDPOINT: target.stack.emulators.dynamoEndpoint,
        AWS_ACCESS_KEY_ID: 'S3RVER',
        AWS_SECRET_ACCESS_KEY: 'S3RVER',
        AWS_REGION: 'us-east-1',
        // awscli v1 (a pip or pyenv install) reads the region from AWS_DEFAULT_REGION only.
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_PAGER: '',
        TABLE: target.stack.names.table,
        BUCKET: target.stack.names.rawBucket,
        ...variables,
      },
    });
    outputs.push(JSON.parse(stdout));
  }
  return outputs;
}

type AwsItems = { Items: { id: { S: string } }[] };
const awsIds = (output: unknown) => (output as AwsItems).Items.map((item) => item.id.S);

describe('the README quotes the SDK recipes', () => {
  it('contains every recipe region of recipes.ts verbatim', () => {
    const regions = [...RECIPES.matchAll(/\/\/ #region (\S+)\n([\s\S]*?)\/\/ #endregion/g)];

    expect(regions.length).toBeGreaterThanOrEqual(8);
    for (const [, name, code] of regions)
      expect(QUERY_MD, `region ${name}`).toContain(`\`\`\`ts\n${code}\`\`\``);
  });

  it('has no TypeScript block that is not a recipe', () => {
    const blocks = [...QUERY_MD.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

    for (const block of blocks) expect(RECIPES).toContain(block);
  });
});

describe('the SDK recipes on the local stack', () => {
  const documents = () => recordsClient(target.stack.dynamo);
  const table = () => target.stack.names.table;

  it('gets a record by its S3 key', async () => {
    const item = await recordByKey(
      documents(),
      table(),
      target.stack.names.rawBucket,
      'raw/flood copy+1 é.txt',
    );

    expect(item?.id).toBe(idOf(target, 'flood copy+1 é.txt'));
  });

  it("lists a site's records newest first, as the CLI does", async () => {
    const cli = ids((await target.cli(['query', 'site', 'example.com', '--all', '--json'])).stdout);

    const records = await siteRecords(documents(), table(), 'example.com');

    expect(records.map((record) => record.id)).toEqual(cli);
  });

  it("lists an author's records, as the CLI does", async () => {
    const cli = ids((await target.cli(['query', 'author', 'Jane Doe', '--all', '--json'])).stdout);

    const records = await authorRecords(documents(), table(), 'Jane Doe');

    expect(records.map((record) => record.id)).toEqual(cli);
  });

  it('lists the records with the same content', async () => {
    const records = await sameContent(documents(), table(), storm.contentHash as string);

    expect(records.map((record) => record.id)).toEqual(keysOf(target, ['storm-copy.txt', 'storm.txt']));
  });

  it('finds near duplicates through the MinHash band indexes', async () => {
    const records = await nearDuplicatesOf(documents(), table(), storm);

    expect(records.map((record) => record.id)).toEqual([idOf(target, 'storm-copy.txt')]);
  });

  it('lists rejected files with their reasons', async () => {
    const records = await recordsWithStatus(documents(), table(), 'rejected');

    expect(records.map((record) => [record.id, record.reason]).sort()).toEqual([
      [idOf(target, 'binary.txt'), 'binary'],
      [idOf(target, 'empty.txt'), 'empty'],
    ]);
  });

  it('lists the records processed in a time range, every status', async () => {
    const records = await processedBetween(documents(), table(), from, to);

    expect(records).toHaveLength(8 + SEEDS.length);
  });
});

describe.skipIf(!AWS.run)('the aws dynamodb commands of the README on the local stack', () => {
  const seedIds = (names: string[]) =>
    names.map((name) => `s3://${target.stack.names.rawBucket}/raw/${name}`);

  it('gets a record by its S3 key', async () => {
    const [output] = await awsCommands('A record by its S3 key');

    expect((output as { Item: { id: { S: string } } }).Item.id.S).toBe(example.id);
  });

  /** The seeds whose expected record matches (the same page may be seeded in several layouts). */
  const seedsWhere = (test: (record: Record<string, unknown>) => boolean) =>
    seedIds(SEEDS.filter((seed) => test(seed.expected.record)).map((seed) => seed.file)).sort();

  it("lists a site's records newest first", async () => {
    const [output] = await awsCommands("A site's records");

    expect(awsIds(output).sort()).toEqual(seedsWhere((record) => record.site === 'thelocalreport.in'));
  });

  it("lists an author's records", async () => {
    const [output] = await awsCommands("An author's records");

    expect(awsIds(output).sort()).toEqual(
      seedsWhere((record) => (record.authors as string[] | undefined)?.[0] === 'Maria Keller'),
    );
  });

  it('lists the records with the same content', async () => {
    const [output] = await awsCommands('Records with the same content', {
      HASH: example.contentHash as string,
    });

    expect(awsIds(output)).toEqual([example.id]);
  });

  it("reads a record's MinHash bands, then queries a band index", async () => {
    const [record, band] = await awsCommands('Near duplicates', { BAND0: example.minhashBand0 as string });

    expect((record as { Item: { minhashBand0: { S: string } } }).Item.minhashBand0.S).toBe(
      example.minhashBand0,
    );
    expect(awsIds(band)).toContain(example.id);
  });

  it('lists rejected files with their reasons', async () => {
    const [output] = await awsCommands('Rejected and failed files');

    expect(awsIds(output).sort()).toEqual(keysOf(target, ['binary.txt', 'empty.txt']));
  });

  it('lists the clean records processed in a time range', async () => {
    const clean = ids((await target.cli(['query', 'status', 'clean', '--all', '--json'])).stdout);

    const [output] = await awsCommands('Records processed in a time range', { FROM: from, TO: to });

    expect(awsIds(output).sort()).toEqual(clean.sort());
  });
});

describe('the copydesk commands of the README', () => {
  it('all run against the local stack and exit 0', async () => {
    const lines = sections().flatMap((s) =>
      s.blocks.flatMap((block) => (block.lang === 'sh' ? commands(block.code, 'npx copydesk ') : [])),
    );
    expect(lines.length).toBeGreaterThanOrEqual(15);

    for (const line of lines) {
      const words = shellWords(line.replace(/\s+#.*$/, '').replace('"$HASH"', example.contentHash as string));
      const result = await target.cli(words.slice(2));
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
    }
  });

  it('find records, as pasted, among those the seeds create', async () => {
    const lookups = sections()
      .flatMap((s) =>
        s.blocks.flatMap((block) => (block.lang === 'sh' ? commands(block.code, 'npx copydesk query ') : [])),
      )
      .map((line) =>
        shellWords(line.replace(/\s+#.*$/, '').replace('"$HASH"', example.contentHash as string)),
      )
      .filter((words) => ['key', 'site', 'author', 'duplicates', 'hash'].includes(words[3] as string));
    expect(lookups.map((words) => words[3])).toEqual(
      expect.arrayContaining(['key', 'site', 'author', 'duplicates', 'hash']),
    );

    // The records `npm start -- --watch` makes, which are all a reader has (the fixtures are the tests' own).
    const seedRecords = new Set(SEEDS.map((seed) => idOf(target, seed.file)));
    for (const words of lookups) {
      const args = [...words.slice(2).filter((word) => word !== '--json'), '--json'];
      const found = ids((await target.cli(args)).stdout);
      expect(
        found.filter((id) => seedRecords.has(id)),
        words.join(' '),
      ).not.toEqual([]);
    }
  });

  it('name only keys that a seed creates', () => {
    const seedKeys = new Set(SEEDS.map((seed) => `raw/${seed.file}`));
    const keys = [...QUERY_MD.matchAll(/\braw\/[\w.-]+\.(?:txt|md|markdown|html?)\b/g)].map((m) => m[0]);

    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !seedKeys.has(key))).toEqual([]);
  });
});

describe('the console steps of the README', () => {
  it('name the index that the aws command of the same section queries', () => {
    for (const s of sections()) {
      const index = /--index-name (\w+)/.exec(s.text)?.[1];
      if (!index) continue;
      const consoleSteps = s.text.slice(s.text.lastIndexOf('Console:'));
      expect(consoleSteps, s.title).toContain(`**${index}**`);
    }
  });
});

/** Split a command line into words, honouring single and double quotes. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? (m[3] as string));
}
