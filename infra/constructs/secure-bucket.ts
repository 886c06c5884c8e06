/**
 * Every bucket of the stack gets the same protections, set here once: public access blocked, TLS only,
 * S3-managed encryption, ACLs disabled, retained with the stack unless it is a throwaway dev stack.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

interface CommonProps {
  /** Throwaway stack: the bucket and its objects are deleted with the stack. */
  devMode: boolean;
  bucketName?: string;
}

export interface SecureBucketProps extends CommonProps {
  /** Server access logs go here, under `<logPrefix>`. */
  accessLogs: { bucket: s3.IBucket; prefix: string };
  /** Noncurrent object versions expire after this many days. */
  noncurrentVersionDays: number;
}

export interface AccessLogBucketProps extends CommonProps {
  /** Access logs expire after this many days. */
  expirationDays: number;
}

/** A versioned data bucket that writes server access logs to a log bucket. */
export class SecureBucket extends s3.Bucket {
  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id, {
      ...baseProps(props),
      versioned: true,
      serverAccessLogsBucket: props.accessLogs.bucket,
      serverAccessLogsPrefix: props.accessLogs.prefix,
      lifecycleRules: [
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        // A deleted object leaves a delete marker; once its noncurrent versions expire, drop it too.
        { id: 'remove-expired-delete-markers', expiredObjectDeleteMarker: true },
      ],
    });
  }
}

/**
 * The bucket that receives the other buckets' server access logs. It does not log itself (that would log
 * every log delivery); cdk-nag's S1 accepts a bucket that is another bucket's log destination.
 */
export class AccessLogBucket extends s3.Bucket {
  constructor(scope: Construct, id: string, props: AccessLogBucketProps) {
    super(scope, id, {
      ...baseProps(props),
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(props.expirationDays) }],
    });
  }
}

function baseProps(props: CommonProps): s3.BucketProps {
  return {
    bucketName: props.bucketName,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    encryption: s3.BucketEncryption.S3_MANAGED,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: props.devMode ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    autoDeleteObjects: props.devMode,
  };
}
