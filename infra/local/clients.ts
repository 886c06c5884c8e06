/**
 * SDK clients for the local emulators (s3rver, dynalite): region, credentials and S3 settings in one
 * place. Apart from emulators.ts so the CLI can reach a running local stack without loading the
 * emulators themselves (dev dependencies).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { EMULATED_S3_SETTINGS } from '../../functions/handler/clients.ts';

/** Credentials s3rver insists on; dynalite accepts any. */
export const EMULATOR_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const EMULATOR_REGION = 'us-east-1';

export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: EMULATOR_REGION,
    credentials: EMULATOR_CREDENTIALS,
    ...EMULATED_S3_SETTINGS,
  });
}

export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: EMULATOR_REGION, credentials: EMULATOR_CREDENTIALS });
}
