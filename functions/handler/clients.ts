/**
 * AWS SDK clients, created once per Lambda container. Endpoints come from the SDK's standard variables
 * (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_DYNAMODB), which the local stack sets to its emulators.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** s3rver serves path-style URLs only, and stores streamed uploads with their aws-chunked framing. */
export const EMULATED_S3_SETTINGS = {
  forcePathStyle: true,
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
} as const satisfies S3ClientConfig;

/** `overrides` lets tests put a fault-injecting request handler under the real SDK (retries included). */
export function createS3Client(
  env: NodeJS.ProcessEnv = process.env,
  overrides: S3ClientConfig = {},
): S3Client {
  const emulated = Boolean(env.AWS_ENDPOINT_URL_S3);
  return new S3Client({ ...(emulated ? EMULATED_S3_SETTINGS : {}), ...overrides });
}

export function createDocumentClient(overrides: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(overrides), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
