import { describe, expect, test } from 'vitest';
import { CONFIG_DEFAULTS, ConfigError, loadConfig } from '../../infra/config.ts';
import { CDK_JSON } from './synth.ts';

const fromContext = (context: Record<string, unknown>) => loadConfig((key) => context[key]);

describe('stack configuration', () => {
  test('cdk.json lists every option with the default config.ts applies', () => {
    const listed = Object.fromEntries(
      Object.keys(CONFIG_DEFAULTS).map((key) => [key, CDK_JSON.context[key]]),
    );

    expect(fromContext(listed)).toEqual(CONFIG_DEFAULTS);
  });

  test('an empty context gives the defaults', () => {
    expect(fromContext({})).toEqual(CONFIG_DEFAULTS);
  });

  test('command-line strings (-c key=value) are parsed to their types', () => {
    const config = fromContext({
      devMode: 'true',
      maxConcurrency: '25',
      suffixes: '.txt, .md',
      alarmEmail: 'ops@example.com',
    });

    expect([config.devMode, config.maxConcurrency, config.suffixes, config.alarmEmail]).toEqual([
      true,
      25,
      ['.txt', '.md'],
      'ops@example.com',
    ]);
  });

  test('an empty suffix list means every key under the prefix', () => {
    expect(fromContext({ suffixes: '' }).suffixes).toEqual([]);
  });

  test.each([
    ['overlapping suffixes, which S3 rejects', { suffixes: '.txt,a.txt' }],
    ['a maximum concurrency below 2', { maxConcurrency: 1 }],
    ['a wildcard in the prefix, which would widen the IAM grant', { prefix: 'raw/*' }],
    ['an empty prefix, which would open the whole bucket to the function', { prefix: '' }],
    ['a stage that cannot be part of a bucket name', { stage: 'Prod_1' }],
    ['a log retention CloudWatch does not offer', { logRetentionDays: 10 }],
    ['a non-integer size limit', { maxInputBytes: '10MB' }],
    ['a malformed alarm e-mail', { alarmEmail: 'ops' }],
    ['devMode that is not a boolean', { devMode: 'yes' }],
    ['a problem-share alarm over 100 %', { problemShareAlarmPercent: 120 }],
  ])('rejects %s', (_name, context) => {
    expect(() => fromContext(context)).toThrow(ConfigError);
  });
});
