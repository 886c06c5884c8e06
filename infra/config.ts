/**
 * CDK context -> typed, validated stack configuration. Every option has a default here (mirrored in
 * cdk.json so `cdk synth` shows them; a test keeps the two equal). Override with `-c key=value`.
 */
import {
  MAX_INPUT_BYTES_DEFAULT,
  matchesEventFilter,
  RAW_PREFIX_DEFAULT,
  RAW_SUFFIXES_DEFAULT,
} from '../functions/shared/definitions.ts';

export interface CopydeskConfig {
  /** Stage name: part of the stack name and of every resource name (`copydesk-<stage>-raw`, …). */
  stage: string;
  /** Only objects under this key prefix trigger cleaning (and only they are readable by the function). */
  prefix: string;
  /** …and only those ending in one of these suffixes (empty list: any key under the prefix). */
  suffixes: string[];
  /** Throwaway stack: buckets, table and logs are destroyed with the stack, no deletion protection. */
  devMode: boolean;
  /** Upper bound of concurrent function instances the queue may drive (2–1000). */
  maxConcurrency: number;
  /** When set, alarms notify this address through an SNS topic. */
  alarmEmail: string | undefined;
  /** Objects larger than this are rejected from the event's size, never downloaded. */
  maxInputBytes: number;
  /** Function memory (MB); CPU scales with it. */
  memoryMiB: number;
  /** Function timeout (s); the queue's visibility timeout is derived from it. */
  timeoutSeconds: number;
  /** Retention of the function's log group (days; one of CloudWatch's allowed values). */
  logRetentionDays: number;
  /** Noncurrent object versions in the buckets expire after this many days. */
  noncurrentVersionDays: number;
  /** Alarm when the oldest queued message is older than this (s). */
  oldestMessageAlarmSeconds: number;
  /** Alarm when more than this share (%) of an hour's records are rejected or failed (20 records at least). */
  problemShareAlarmPercent: number;
}

export const CONFIG_DEFAULTS: Readonly<CopydeskConfig> = Object.freeze({
  stage: 'prod',
  prefix: RAW_PREFIX_DEFAULT,
  suffixes: [...RAW_SUFFIXES_DEFAULT],
  devMode: false,
  maxConcurrency: 10,
  alarmEmail: undefined,
  maxInputBytes: MAX_INPUT_BYTES_DEFAULT,
  // Measured (README, "Function sizing and cold start"): one full vCPU for the single-threaded core; a 10 MB input peaks at ~425 MiB.
  memoryMiB: 1769,
  // A 10 MB input costs ~20 s of CPU; 120 s holds several in one batch of 10.
  timeoutSeconds: 120,
  logRetentionDays: 90,
  noncurrentVersionDays: 30,
  oldestMessageAlarmSeconds: 1800,
  problemShareAlarmPercent: 20,
});

/** Context keys, the same as the config field names (`cdk synth -c stage=dev -c devMode=true`). */
export type ConfigKey = keyof CopydeskConfig;

/** CloudWatch Logs accepts only these retention periods. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type ContextReader = (key: string) => unknown;

/** Reads the configuration from a construct node's context (`app.node.tryGetContext`). */
export function loadConfig(tryGetContext: ContextReader): CopydeskConfig {
  const config: CopydeskConfig = {
    stage: readString(tryGetContext, 'stage', CONFIG_DEFAULTS.stage),
    prefix: readString(tryGetContext, 'prefix', CONFIG_DEFAULTS.prefix),
    suffixes: readList(tryGetContext, 'suffixes', CONFIG_DEFAULTS.suffixes),
    devMode: readBoolean(tryGetContext, 'devMode', CONFIG_DEFAULTS.devMode),
    maxConcurrency: readInteger(tryGetContext, 'maxConcurrency', CONFIG_DEFAULTS.maxConcurrency),
    alarmEmail: readOptionalString(tryGetContext, 'alarmEmail'),
    maxInputBytes: readInteger(tryGetContext, 'maxInputBytes', CONFIG_DEFAULTS.maxInputBytes),
    memoryMiB: readInteger(tryGetContext, 'memoryMiB', CONFIG_DEFAULTS.memoryMiB),
    timeoutSeconds: readInteger(tryGetContext, 'timeoutSeconds', CONFIG_DEFAULTS.timeoutSeconds),
    logRetentionDays: readInteger(tryGetContext, 'logRetentionDays', CONFIG_DEFAULTS.logRetentionDays),
    noncurrentVersionDays: readInteger(
      tryGetContext,
      'noncurrentVersionDays',
      CONFIG_DEFAULTS.noncurrentVersionDays,
    ),
    oldestMessageAlarmSeconds: readInteger(
      tryGetContext,
      'oldestMessageAlarmSeconds',
      CONFIG_DEFAULTS.oldestMessageAlarmSeconds,
    ),
    problemShareAlarmPercent: readInteger(
      tryGetContext,
      'problemShareAlarmPercent',
      CONFIG_DEFAULTS.problemShareAlarmPercent,
    ),
  };
  validate(config);
  return config;
}

function validate(config: CopydeskConfig): void {
  // Bucket names are `copydesk-<stage>-raw-<account>-<region>`: lower case, digits and hyphens, ≤ 63.
  check(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/.test(config.stage), 'stage', 'must be 1-12 of [a-z0-9-]');
  // Non-empty: the prefix scopes the function's read grant (and a stack output cannot be empty).
  check(config.prefix !== '', 'prefix', 'may not be empty');
  check(!config.prefix.startsWith('/'), 'prefix', 'S3 keys do not start with "/"');
  // The prefix becomes part of an IAM resource ARN, where these are wildcards.
  check(!/[*?]/.test(config.prefix), 'prefix', 'may not contain "*" or "?"');
  // S3 rejects two notification rules whose filters overlap (".txt" and "a.txt" both match "xa.txt").
  for (const a of config.suffixes) {
    check(a.length > 0, 'suffixes', 'an empty suffix; use an empty list to match every key');
    for (const b of config.suffixes) {
      if (a !== b) check(!matchesEventFilter(a, '', [b]), 'suffixes', `"${b}" overlaps "${a}"`);
    }
  }
  check(new Set(config.suffixes).size === config.suffixes.length, 'suffixes', 'duplicates');
  // Lambda's event-source maximum concurrency range.
  check(config.maxConcurrency >= 2 && config.maxConcurrency <= 1000, 'maxConcurrency', 'must be 2-1000');
  check(
    config.alarmEmail === undefined || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(config.alarmEmail),
    'alarmEmail',
    'not an e-mail address',
  );
  check(config.maxInputBytes > 0, 'maxInputBytes', 'must be positive');
  check(config.memoryMiB >= 128 && config.memoryMiB <= 10240, 'memoryMiB', 'must be 128-10240');
  // SQS visibility timeout (6 × function timeout) may not exceed 12 hours; Lambda's own cap is 900 s.
  check(config.timeoutSeconds >= 1 && config.timeoutSeconds <= 900, 'timeoutSeconds', 'must be 1-900');
  check(LOG_RETENTION_DAYS.includes(config.logRetentionDays), 'logRetentionDays', 'not a CloudWatch value');
  check(config.noncurrentVersionDays >= 1, 'noncurrentVersionDays', 'must be ≥ 1');
  check(config.oldestMessageAlarmSeconds >= 60, 'oldestMessageAlarmSeconds', 'must be ≥ 60');
  check(
    config.problemShareAlarmPercent >= 1 && config.problemShareAlarmPercent <= 100,
    'problemShareAlarmPercent',
    'must be 1-100',
  );
}

function check(ok: boolean, key: ConfigKey, message: string): void {
  if (!ok) throw new ConfigError(`context "${key}": ${message}`);
}

// `-c key=value` arrives as a string, cdk.json values keep their JSON type: accept both.

function readString(get: ContextReader, key: ConfigKey, fallback: string): string {
  const value = get(key);
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') throw new ConfigError(`context "${key}": expected a string`);
  return value;
}

function readOptionalString(get: ContextReader, key: ConfigKey): string | undefined {
  const value = get(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ConfigError(`context "${key}": expected a string`);
  return value;
}

function readList(get: ContextReader, key: ConfigKey, fallback: readonly string[]): string[] {
  const value = get(key);
  if (value === undefined || value === null) return [...fallback];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...value];
  if (typeof value === 'string') return value === '' ? [] : value.split(',').map((item) => item.trim());
  throw new ConfigError(`context "${key}": expected a list or a comma-separated string`);
}

function readBoolean(get: ContextReader, key: ConfigKey, fallback: boolean): boolean {
  const value = get(key);
  if (value === undefined || value === null) return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new ConfigError(`context "${key}": expected true or false`);
}

function readInteger(get: ContextReader, key: ConfigKey, fallback: number): number {
  const value = get(key);
  if (value === undefined || value === null) return fallback;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new ConfigError(`context "${key}": expected an integer`);
  }
  return number;
}
