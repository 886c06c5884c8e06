// The worker of clean-pool.ts when the CLI runs from its TypeScript sources (tests, COPYDESK_FROM_SOURCE):
// registers tsx in the worker's own module loader, then loads clean-worker.ts. The bundle's worker is
// dist/cli/clean-worker.js and needs none of this.
import { register } from 'tsx/esm/api';

register();
await import('./clean-worker.ts');
