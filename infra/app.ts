/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy`): reads the configuration from context, adds the stack
 * and runs cdk-nag's AwsSolutions checks, so synthesis fails on any unacknowledged finding.
 */
import { pathToFileURL } from 'node:url';
import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError, loadConfig } from './config.ts';
import { CopydeskStack } from './stack.ts';

export function createApp(props?: AppProps): { app: App; stack: CopydeskStack } {
  const app = new App(props);
  const config = loadConfig((key) => app.node.tryGetContext(key));
  const stack = new CopydeskStack(app, `copydesk-${config.stage}`, {
    config,
    description: `copydesk content-cleaning pipeline (${config.stage})`,
  });
  Tags.of(app).add('project', 'copydesk');
  Tags.of(app).add('stage', config.stage);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

// Run as the CDK app; importing this module (tests) only builds the tree.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    createApp();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // A bad context value is the user's to fix: one line naming the key, not a stack trace.
    process.stderr.write(
      `copydesk: ${error.message} (set it with -c KEY=VALUE or in cdk.json; see README, Context options)\n`,
    );
    process.exitCode = 1;
  }
}
