// Loaded with `node --import` by `npm run bench:compare`: when the process exits, write the CPU time it
// used (user + system, ms) to the file named by COPYDESK_CPU_REPORT, so a busy machine's waiting does not
// count as work.
import { writeFileSync } from 'node:fs';

const file = process.env.COPYDESK_CPU_REPORT;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (user + system) / 1000 }));
  });
}
