/**
 * An S3 client that answers GetObject as S3 does for the cleaner's role in the synthesized stack. The
 * emulators ignore IAM, but S3's answer for a missing object depends on it: with `s3:ListBucket` on the
 * bucket, 404 NoSuchKey (NoSuchVersion for a version id); without it, 403 AccessDenied, so that a caller
 * cannot learn which keys exist. The role's identity policy is read from the real template (infra/app.ts
 * built as `cdk synth` builds it); buckets are named after their logical ids.
 */
import { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import type { CfnElement } from 'aws-cdk-lib';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { mockClient } from 'aws-sdk-client-mock';
import { buildApp } from '../infra/synth.ts';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

export interface DeployedRole {
  /** Stand-in names of the stack's buckets (their logical ids). */
  rawBucket: string;
  prefix: string;
  allows(action: string, arn: string): boolean;
}

/** The cleaner role's permissions as synthesized (context as in cdk.json). */
export function deployedCleanerRole(): DeployedRole {
  const { stack } = buildApp();
  const template = Template.fromStack(stack).toJSON() as {
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };
  const roleId = Stack.of(stack).getLogicalId(stack.cleaner.role.node.defaultChild as CfnElement);
  const statements: Statement[] = [];
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const roles = resource.Properties.Roles as { Ref: string }[];
    if (!roles.some((role) => role.Ref === roleId)) continue;
    statements.push(...(resource.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  }
  const grants = statements
    .filter((statement) => statement.Effect === 'Allow')
    .flatMap((statement) =>
      [statement.Action]
        .flat()
        .flatMap((action) =>
          [statement.Resource].flat().map((resource) => ({ action, resource: resolve(resource, template) })),
        ),
    );
  return {
    rawBucket: Stack.of(stack).getLogicalId(stack.rawBucket.node.defaultChild as CfnElement),
    prefix: stack.config.prefix,
    allows: (action, arn) =>
      grants.some((grant) => wildcard(grant.action).test(action) && wildcard(grant.resource).test(arn)),
  };
}

/** A template value as an ARN string: buckets' Arn attributes become arn:aws:s3:::<logical id>. */
function resolve(value: unknown, template: { Resources: Record<string, { Type: string }> }): string {
  if (typeof value === 'string') return value;
  const object = value as Record<string, unknown>;
  if ('Fn::Join' in object) {
    const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
    return parts.map((part) => resolve(part, template)).join(separator);
  }
  if ('Fn::GetAtt' in object) {
    const [id, attribute] = object['Fn::GetAtt'] as [string, string];
    if (template.Resources[id]?.Type === 'AWS::S3::Bucket' && attribute === 'Arn')
      return `arn:aws:s3:::${id}`;
    return `unresolved:${id}.${attribute}`;
  }
  if ('Ref' in object) return object.Ref === 'AWS::Partition' ? 'aws' : `unresolved:${String(object.Ref)}`;
  return `unresolved:${JSON.stringify(value)}`;
}

/** IAM's wildcards: `*` any run of characters, `?` one character; the rest literal. */
function wildcard(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

function s3Error(name: string, status: number, message: string): S3ServiceException {
  if (name === 'NoSuchKey') return new NoSuchKey({ $metadata: { httpStatusCode: status }, message });
  return new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message });
}

/** A mocked S3 client holding `objects` (key → text) in `role.rawBucket`, answering as S3 would the role. */
export function s3AsAws(role: DeployedRole, objects: Record<string, string>): S3Client {
  const s3 = new S3Client({ region: 'us-east-1' });
  mockClient(s3)
    .on(GetObjectCommand)
    .callsFake((input: { Bucket: string; Key: string; VersionId?: string }) => {
      const action = input.VersionId ? 's3:GetObjectVersion' : 's3:GetObject';
      if (!role.allows(action, `arn:aws:s3:::${input.Bucket}/${input.Key}`)) {
        throw s3Error('AccessDenied', 403, 'Access Denied');
      }
      const text = input.Bucket === role.rawBucket ? objects[input.Key] : undefined;
      if (text !== undefined) {
        const bytes = Buffer.from(text);
        return { Body: sdkStreamMixin(Readable.from([bytes])), ContentLength: bytes.length };
      }
      if (!role.allows('s3:ListBucket', `arn:aws:s3:::${input.Bucket}`)) {
        throw s3Error('AccessDenied', 403, 'Access Denied');
      }
      if (input.VersionId) throw s3Error('NoSuchVersion', 404, 'The specified version does not exist.');
      throw s3Error('NoSuchKey', 404, 'The specified key does not exist.');
    });
  return s3;
}
