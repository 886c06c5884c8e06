/**
 * Programs some tests need that `npm ci` does not install. On a machine with Node and npm only, the
 * tests that need one are skipped and the run says so (tests/support/tool-notice.ts prints the notice);
 * in CI (`.ci/run` installs them and sets COPYDESK_REQUIRE_TOOLS=1) a missing tool fails those tests.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface ToolDefinition {
  /** What a person reads in the notice. */
  label: string;
  /** Environment variable naming the program's path (overrides the lookup; a missing path = absent). */
  pathVariable: string;
  /** Looked up in these places first (the README's program), then on PATH. */
  candidates: string[];
  /** Program name on PATH. */
  command: string;
  install: string;
  /** Which tests need it. */
  neededBy: string;
}

export const TOOLS = {
  aws: {
    label: "the AWS CLI (Debian's awscli)",
    pathVariable: 'AWS_CLI',
    candidates: ['/usr/bin/aws'],
    command: 'aws',
    install: 'apt-get install -y awscli',
    neededBy: "the README's `aws dynamodb` commands in tests/query/recipes.test.ts",
  },
} satisfies Record<string, ToolDefinition>;

export type ToolName = keyof typeof TOOLS;

/** The variable that turns "skipped: tool missing" into a failure (set by .ci/run). */
export const REQUIRE_TOOLS_VARIABLE = 'COPYDESK_REQUIRE_TOOLS';

export interface ToolStatus {
  name: string;
  /** The program's path, or null when it is not on this machine. */
  path: string | null;
  /** Tests that need it run (the tool is here, or it is required: then they fail without it). */
  run: boolean;
  /** Why it is absent and how to get it (empty when present). */
  notice: string;
}

type Environment = Record<string, string | undefined>;

/**
 * Finds a tool: its path variable if set (even to a missing path: absent then), else its usual places,
 * else PATH (usual places first: another `aws` on PATH, e.g. a pyenv shim, may not be the awscli).
 */
export function findTool(tool: ToolDefinition, env: Environment = process.env): string | null {
  const override = env[tool.pathVariable];
  if (override !== undefined && override !== '') return isExecutable(override) ? override : null;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, tool.command));
  return [...tool.candidates, ...onPath].find(isExecutable) ?? null;
}

/** Whether the tests that need `name` run, and what to tell the person when they do not. */
export function toolStatus(
  name: ToolName,
  env: Environment = process.env,
  tool: ToolDefinition = TOOLS[name],
): ToolStatus {
  const path = findTool(tool, env);
  const required = env[REQUIRE_TOOLS_VARIABLE] === '1';
  if (path) return { name, path, run: true, notice: '' };
  const override = env[tool.pathVariable];
  const looked = override ? `${tool.pathVariable}=${override}` : [...tool.candidates, 'PATH'].join(', ');
  const notice =
    `${required ? 'REQUIRED, MISSING' : 'skipped'}: ${tool.neededBy}; ${tool.label} is not on this machine ` +
    `(looked in ${looked}). Install it with '${tool.install}'` +
    (required ? ` (${REQUIRE_TOOLS_VARIABLE}=1 makes these tests fail without it).` : ' to run them.');
  return { name, path: null, run: required, notice };
}

/** The notices for every tool that is absent on this machine. */
export function toolNotices(env: Environment = process.env): string[] {
  return (Object.keys(TOOLS) as ToolName[]).map((name) => toolStatus(name, env).notice).filter(Boolean);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
