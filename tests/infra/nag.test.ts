/**
 * cdk-nag AwsSolutions on the whole app, as `cdk synth` runs it: no unacknowledged finding, and every
 * acknowledgement names one exact finding that really occurs and says why it is acceptable.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Duration, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, test } from 'vitest';
import { CORE_WORKER_FILE as RUNNER_WORKER_FILE } from '../../functions/handler/core-runner.ts';
import { CORE_WORKER_FILE, HANDLER_ASSETS, REPO_ROOT } from '../../infra/constructs/bundling.ts';
import { buildApp } from './synth.ts';

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

/** Every acknowledgement recorded in the tree, with the construct it sits on. */
function acknowledgements(root: IConstruct): Acknowledgement[] {
  const found: Acknowledgement[] = [];
  const visit = (construct: IConstruct) => {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [key, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.push({ path: construct.node.path, id: key.replace(/^annotation::/i, ''), reason });
      }
    }
    for (const child of construct.node.children) visit(child);
  };
  visit(root);
  return found;
}

/** What AwsSolutions reports when acknowledgements are ignored: the findings behind them. */
function rawFindings(root: IConstruct): { id: string; path: string }[] {
  const checks = new AwsSolutionsChecks();
  (checks as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
  return checks
    .validateScope(root)
    .violations.flatMap((v) =>
      v.violatingResources.map((r) => ({ id: v.ruleName, path: r.constructPath ?? '' })),
    );
}

function validationReport(directory: string) {
  return JSON.parse(readFileSync(join(directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: { violations: unknown[] }[];
  };
}

const CONFIGURATIONS: [string, Record<string, unknown>][] = [
  ['the default (production) configuration', {}],
  ['a dev-mode stack', { stage: 'dev', devMode: 'true' }],
  [
    'a stack with alarm e-mail, another prefix and no suffix filter',
    { alarmEmail: 'ops@example.com', prefix: 'in/', suffixes: '' },
  ],
];

describe('cdk-nag AwsSolutions', () => {
  test.each(CONFIGURATIONS)(
    '%s synthesizes with no unacknowledged finding, error or warning',
    (_name, context) => {
      const { app } = buildApp(context);

      const assembly = app.synth();

      expect(validationReport(assembly.directory).pluginReports.flatMap((r) => r.violations)).toEqual([]);
    },
  );

  test('an insecure resource added to the stack fails synthesis (the check is live)', () => {
    const { app, stack } = buildApp();
    new sqs.Queue(stack, 'Insecure', {
      encryption: sqs.QueueEncryption.UNENCRYPTED,
      retentionPeriod: Duration.days(1),
    });

    expect(() => app.synth()).toThrow(/AwsSolutions-SQS3/);
  });

  test('every acknowledgement matches a finding that occurs at or under its construct', () => {
    const { app } = buildApp();
    const findings = rawFindings(app);

    const unmatched = acknowledgements(app).filter(
      (ack) =>
        !findings.some((f) => f.id === ack.id && (f.path === ack.path || f.path.startsWith(`${ack.path}/`))),
    );

    expect(unmatched).toEqual([]);
  });

  test('every acknowledgement names one exact finding, not a whole rule across a scope', () => {
    const { app } = buildApp();

    const ids = acknowledgements(app).map((ack) => ack.id);

    // A rule with granular findings (IAM4, IAM5) must name the finding in brackets; no stack-wide acks.
    expect(
      ids.filter(
        (id) => !/^AwsSolutions-[A-Z0-9]+(\[[^\]]+\])?$/.test(id) || /^AwsSolutions-IAM[45]$/.test(id),
      ),
    ).toEqual([]);
  });

  test('no acknowledgement sits on the stack or the app', () => {
    const { app, stack } = buildApp();

    const broad = acknowledgements(app).filter((ack) => ack.path === stack.node.path || ack.path === '');

    expect(broad).toEqual([]);
  });

  test('every acknowledgement gives a reason of at least one full sentence', () => {
    const { app } = buildApp();

    const weak = acknowledgements(app).filter((ack) => ack.reason.trim().split(/\s+/).length < 12);

    expect(weak).toEqual([]);
  });

  test('there are exactly the two acknowledgements the README explains', () => {
    const { app } = buildApp();
    const documented = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

    const ids = acknowledgements(app).map((ack) => ack.id.replace(/<[^>]+>/, '<…>'));

    expect({ count: ids.length, undocumented: ids.filter((id) => !documented.includes(id)) }).toEqual({
      count: 2,
      undocumented: [],
    });
  });
});

describe('the CDK CLI', () => {
  test('npx cdk synth (with bundling, offline, no credentials) exits 0 under cdk-nag', async () => {
    const env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_PROFILE: '',
      CI: 'true',
      // No network needed: no telemetry, no notices.
      CDK_DISABLE_CLI_TELEMETRY: 'true',
    };

    const run = promisify(execFile)(
      'npx',
      ['cdk', 'synth', '--quiet', '--no-notices', '-o', '.bench-out/cdk.out'],
      {
        cwd: REPO_ROOT,
        env,
        timeout: 120_000,
      },
    );

    await expect(run).resolves.toBeDefined();

    // The function's asset is the bundle the cold-start benchmark measures: linked to its source map, so
    // NODE_OPTIONS=--enable-source-maps maps stack traces in the logs.
    const out = join(REPO_ROOT, '.bench-out', 'cdk.out');
    const template = JSON.parse(readFileSync(join(out, 'copydesk-prod.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string; Metadata?: Record<string, unknown> }>;
    };
    const functions = Object.values(template.Resources).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function',
    );
    expect(functions).toHaveLength(1);
    const asset = join(out, String(functions[0]?.Metadata?.['aws:asset:path']));
    expect(readFileSync(join(asset, 'index.mjs'), 'utf8').trimEnd()).toMatch(
      /\n\/\/# sourceMappingURL=index\.mjs\.map$/,
    );
    expect(JSON.parse(readFileSync(join(asset, 'index.mjs.map'), 'utf8')).mappings.length).toBeGreaterThan(0);
    // The core's worker thread has its own bundle beside the handler's, also linked to its source map; the handler's
    // bundle holds no core (it would load the core twice), the worker's no AWS SDK.
    const worker = readFileSync(join(asset, CORE_WORKER_FILE), 'utf8');
    expect(worker.trimEnd()).toMatch(/\n\/\/# sourceMappingURL=core-worker\.mjs\.map$/);
    expect(JSON.parse(readFileSync(join(asset, `${CORE_WORKER_FILE}.map`), 'utf8')).sources).toEqual(
      expect.arrayContaining([expect.stringMatching(/functions\/core\/pipeline\.ts$/)]),
    );
    expect(worker).not.toContain('DynamoDB');
    // Regex literals with \p{…} stay literals (HANDLER_BUNDLE.supported): none rebuilt by `new RegExp` per call.
    expect(worker).toMatch(/\/[^/\n]*\\p\{L/);
    expect(worker).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);
    const handlerSources = JSON.parse(readFileSync(join(asset, 'index.mjs.map'), 'utf8')).sources as string[];
    expect(handlerSources.filter((source) => /functions\/core\/(pipeline|clean)\.ts$/.test(source))).toEqual(
      [],
    );
    expect(CORE_WORKER_FILE).toBe(RUNNER_WORKER_FILE);
    // The data files the handler reads beside its bundle are in the asset, byte for byte.
    for (const file of HANDLER_ASSETS)
      expect(readFileSync(join(asset, file.name))).toEqual(readFileSync(join(REPO_ROOT, file.source)));
  }, 150_000);
});
