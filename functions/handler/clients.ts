/**
 * AWS SDK clients, created once per Lambda container. Endpoints come from the SDK's standard variables
 * (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_DYNAMODB), which the local stack sets to its emulators.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export function createS3Client(env: NodeJS.ProcessEnv = process.env): S3Client {
  const emulated = Boolean(env.AWS_ENDPOINT_URL_S3);
  return new S3Client({
    // The local emulator serves path-style URLs only and mishandles streamed checksums.
    ...(emulated
      ? {
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {}),
  });
}

export function createDocumentClient(): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
