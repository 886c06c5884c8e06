/**
 * The cleaner Lambda with its platform choices baked in: Node.js 24 on ARM64, an ESM bundle minified
 * with source maps (options shared with the benchmark), its own log group with a retention period, and
 * its own role with no AWS-managed policy: the stack grants exactly what the handler uses.
 */
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { cdkBundlingOptions, HANDLER_ENTRY, HANDLER_EXPORT, REPO_ROOT } from './bundling.ts';

export const CLEANER_RUNTIME = lambda.Runtime.NODEJS_24_X;

export interface CleanerFunctionProps {
  functionName?: string;
  memoryMiB: number;
  timeout: Duration;
  logRetentionDays: number;
  devMode: boolean;
  environment: Record<string, string>;
}

export class CleanerFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: CleanerFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      logGroupName: props.functionName ? `/aws/lambda/${props.functionName}` : undefined,
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: props.devMode ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    // Our own role instead of the default one, which carries the AWS-managed AWSLambdaBasicExecutionRole
    // (logs:* on every log group). Writing to its own log group is all the function needs by itself.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'copydesk cleaner: read raw objects, write records and clean bodies',
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      functionName: props.functionName,
      entry: HANDLER_ENTRY,
      handler: HANDLER_EXPORT,
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      runtime: CLEANER_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memoryMiB,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      // Logs are already JSON (Powertools); the JSON format lets Lambda's own lines be queried alike.
      loggingFormat: lambda.LoggingFormat.JSON,
      bundling: cdkBundlingOptions(),
      environment: {
        ...props.environment,
        // Map stack traces through the bundled source maps.
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
  }
}
