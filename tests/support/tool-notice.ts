/**
 * vitest global set-up: says at the start and again at the end of a run which tests are skipped
 * because a program they need is missing (tests/support/tools.ts), so a skip is never silent.
 */
import { toolNotices } from './tools.ts';

export default function setup(): () => void {
  const notices = toolNotices();
  const print = () => {
    for (const notice of notices) process.stderr.write(`\n[copydesk tests] ${notice}\n`);
  };
  print();
  return print;
}
