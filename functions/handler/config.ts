/** Handler configuration, read once from the environment; a missing variable fails the cold start early. */
import { ENV, MAX_INPUT_BYTES_DEFAULT } from '../shared/definitions.ts';

export interface HandlerConfig {
  table: string;
  cleanBucket: string;
  maxInputBytes: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): HandlerConfig {
  const table = required(env, ENV.table);
  const cleanBucket = required(env, ENV.cleanBucket);
  const rawLimit = env[ENV.maxInputBytes];
  const maxInputBytes =
    rawLimit === undefined || rawLimit === '' ? MAX_INPUT_BYTES_DEFAULT : Number(rawLimit);
  if (!Number.isInteger(maxInputBytes) || maxInputBytes <= 0) {
    throw new Error(`${ENV.maxInputBytes} must be a positive whole number of bytes, got '${rawLimit}'`);
  }
  return { table, cleanBucket, maxInputBytes };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`environment variable ${name} is required`);
  return value;
}
