/** Handler configuration, read once from the environment; a missing variable fails the cold start early. */
import { ENV, MAX_INPUT_BYTES_DEFAULT, MAX_RECEIVE_COUNT } from '../shared/definitions.ts';

/**
 * Do not start an S3 record with less time than this left in the invocation: a 10 MB file takes a few
 * seconds to fetch, clean and write, and a record cut off by the timeout would fail its whole batch.
 */
export const REMAINING_TIME_MARGIN_MS_DEFAULT = 10_000;
export const REMAINING_TIME_MARGIN_ENV = 'REMAINING_TIME_MARGIN_MS';

/**
 * A record's fetch and core must be done by the invocation's remaining time minus this (its deadline);
 * the rest is for writing its `failed` record and returning the batch response. Kept below the start
 * margin above, so a record that is started always has time before its deadline.
 */
export const DEADLINE_MARGIN_MS_DEFAULT = 5_000;
export const DEADLINE_MARGIN_ENV = 'DEADLINE_MARGIN_MS';

export interface HandlerConfig {
  table: string;
  cleanBucket: string;
  maxInputBytes: number;
  remainingTimeMarginMs: number;
  deadlineMarginMs: number;
  /** The queue's maxReceiveCount: on this delivery a still-failing object gets a `failed` record. */
  maxReceiveCount: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): HandlerConfig {
  const table = required(env, ENV.table);
  const cleanBucket = required(env, ENV.cleanBucket);
  const maxInputBytes = wholeNumber(env, ENV.maxInputBytes, MAX_INPUT_BYTES_DEFAULT, 1);
  const remainingTimeMarginMs = wholeNumber(
    env,
    REMAINING_TIME_MARGIN_ENV,
    REMAINING_TIME_MARGIN_MS_DEFAULT,
    0,
  );
  const deadlineMarginMs = wholeNumber(env, DEADLINE_MARGIN_ENV, DEADLINE_MARGIN_MS_DEFAULT, 0);
  return {
    table,
    cleanBucket,
    maxInputBytes,
    remainingTimeMarginMs,
    deadlineMarginMs,
    maxReceiveCount: MAX_RECEIVE_COUNT,
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number ≥ ${min}, got '${raw}'`);
  }
  return value;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`environment variable ${name} is required`);
  return value;
}
