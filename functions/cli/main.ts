/** The `copydesk` command line: dispatches to one module per command. */
import { CLEAN_HELP, cleanCommand } from './clean-command.ts';
import { DLQ_HELP, dlqCommand } from './dlq-command.ts';
import { QUERY_HELP, queryCommand } from './query-command.ts';
import { REPROCESS_HELP, reprocessCommand } from './reprocess-command.ts';
import { SHOW_HELP, showCommand } from './show-command.ts';
import { STATS_HELP, statsCommand } from './stats-command.ts';
import { UsageError } from './usage-error.ts';

type Command = (argv: string[], out: NodeJS.WritableStream) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string; help: string }> = {
  clean: { run: cleanCommand, summary: 'clean local files into records (no AWS)', help: CLEAN_HELP },
  dlq: { run: dlqCommand, summary: 'list and redrive dead-lettered messages', help: DLQ_HELP },
  query: {
    run: queryCommand,
    summary: 'find records: by key, site, author, duplicates, status, time',
    help: QUERY_HELP,
  },
  show: { run: showCommand, summary: 'one record with its removed lines and their rules', help: SHOW_HELP },
  reprocess: {
    run: reprocessCommand,
    summary: 're-clean objects in the raw bucket through the queue',
    help: REPROCESS_HELP,
  },
  stats: { run: statsCommand, summary: 'counts by status, site, rejection reason', help: STATS_HELP },
};

export function mainHelp(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`);
  return `Usage: copydesk COMMAND [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'copydesk COMMAND --help' for a command's options.`;
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.write(`${mainHelp()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`copydesk: unknown command '${name}' (see copydesk --help)\n`);
    return 2;
  }
  try {
    return await command.run(rest, out);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`copydesk ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
