/**
 * The `copydesk` command line: dispatches to one module per command, each loaded only when run (so
 * `--version` or `clean` never load the AWS SDK), and turns every error into one line.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { CLEANER_VERSION } from '../core/version.ts';
import { explainError } from './errors.ts';

type Command = (argv: string[], out: NodeJS.WritableStream) => Promise<number>;

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

const COMMANDS: Record<string, CommandEntry> = {
  clean: {
    summary: 'clean local files into records (no AWS)',
    load: async () => (await import('./clean-command.ts')).cleanCommand,
  },
  dlq: {
    summary: 'list and redrive dead-lettered messages',
    load: async () => (await import('./dlq-command.ts')).dlqCommand,
  },
  query: {
    summary: 'find records: by key, site, author, duplicates, status, time',
    load: async () => (await import('./query-command.ts')).queryCommand,
  },
  show: {
    summary: 'one record with its removed lines and their rules',
    load: async () => (await import('./show-command.ts')).showCommand,
  },
  reprocess: {
    summary: 're-clean objects in the raw bucket through the queue',
    load: async () => (await import('./reprocess-command.ts')).reprocessCommand,
  },
  stats: {
    summary: 'counts by status, site, rejection reason',
    load: async () => (await import('./stats-command.ts')).statsCommand,
  },
};

/** `copydesk 0.1.0 (cleaner 0.1.1)`. */
export const VERSION_LINE = `copydesk ${packageJson.version} (cleaner ${CLEANER_VERSION})`;

export function mainHelp(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`);
  return (
    `Usage: copydesk COMMAND [options]\n\nCommands:\n${lines.join('\n')}\n\n` +
    "Run 'copydesk COMMAND --help' for a command's options.\n" +
    '  --version     print the version\n' +
    '  --verbose     on an error, print its stack trace too'
  );
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const verbose = argv.includes('--verbose');
  const [name, ...rest] = argv.filter((arg) => arg !== '--verbose');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.write(`${mainHelp()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    out.write(`${VERSION_LINE}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`copydesk: unknown command '${name}' (see copydesk --help)\n`);
    return 2;
  }
  try {
    return await (await command.load())(rest, out);
  } catch (error) {
    const { message, exitCode, known } = explainError(error);
    // Many messages already start with the command's name ("clean: give a FILE", "clean --out: …").
    const named =
      message.startsWith(`${name}:`) || message.startsWith(`${name} `) ? message : `${name}: ${message}`;
    const hint = known || verbose ? '' : ' (run again with --verbose for the trace)';
    process.stderr.write(`copydesk ${named}${hint}\n`);
    if (verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return exitCode;
  }
}
