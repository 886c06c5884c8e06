/**
 * Builds the real CDK app (infra/app.ts) with cdk.json's context, as `cdk synth` does, but without
 * bundling the handler: tests check the template, not the bundle (tests/bench does that).
 */
import { readFileSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { createApp } from '../../infra/app.ts';
import { tempDirSync } from '../support/temp-dirs.ts';

export const CDK_JSON = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  app: string;
  context: Record<string, unknown>;
};

export function buildApp(context: Record<string, unknown> = {}) {
  return createApp({
    context: { ...CDK_JSON.context, 'aws:cdk:bundling-stacks': [], ...context },
    outdir: tempDirSync('copydesk-cdk-'),
  });
}

/** The stack's template; synthesis runs cdk-nag too, so this throws on an unacknowledged finding. */
export function synthTemplate(context: Record<string, unknown> = {}): Template {
  const { stack } = buildApp(context);
  return Template.fromStack(stack);
}
