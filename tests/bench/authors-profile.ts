/**
 * Where the author stage (extractAuthors) spends its time: `npx tsx tests/bench/authors-profile.ts [CORPUS]`.
 * Each DEV page is read as tests/bench/authors-ab.ts reads it; the stage runs WARM rounds (default 8) unprofiled,
 * then ROUNDS (default 5) under the V8 sampling profiler (node:inspector). Prints, as shares of the stage's
 * samples, the functions by inclusive time and by self time (TOP lines each, default 40), and with `FN=name` who
 * calls that function and what it calls. A function is named as V8 names it (an arrow function as its variable,
 * `(anon)` otherwise), with its file.
 */
import type { Profiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import { basename, resolve } from 'node:path';
import { extractAuthors } from '../../functions/core/metadata/authors.ts';
import type { DateContext } from '../../functions/core/metadata/dates.ts';
import { authorInputs } from './author-inputs.ts';

const corpus = resolve(process.argv[2] ?? '../shared/bench/dev');
const warm = Number(process.env.WARM ?? 8);
const rounds = Number(process.env.ROUNDS ?? 5);
const top = Number(process.env.TOP ?? 40);
const focus = process.env.FN;
const now = new Date();
const inputs = authorInputs(corpus);
const runAll = () => {
  for (const input of inputs) {
    const when: DateContext = { now, language: input.language, numericOrder: null };
    extractAuthors(input.near, input.anchor, when, input.zones);
  }
};
for (let round = 0; round < warm; round++) runAll();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let round = 0; round < rounds; round++) runAll();
const { profile } = (await session.post('Profiler.stop')) as Profiler.StopReturnType;
session.disconnect();

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const nameOf = (node: Profiler.ProfileNode) =>
  `${node.callFrame.functionName || '(anon)'} ${basename(node.callFrame.url) || '(native)'}`;
/** Microseconds per sampled node. */
const timeOf = new Map<number, number>();
(profile.samples ?? []).forEach((id, k) => {
  timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas?.[k] ?? 0));
});
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
const callers = new Map<string, number>();
const callees = new Map<string, number>();
const bump = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
let total = 0;
for (const [id, us] of timeOf) {
  // The stack from the sampled function up to the root.
  const stack: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
    stack.push(nameOf(nodes.get(at)!));
  const stage = stack.findIndex((name) => name.startsWith('extractAuthors '));
  if (stage < 0) continue;
  const within = stack.slice(0, stage + 1);
  total += us;
  bump(self, within[0]!, us);
  for (const name of new Set(within)) bump(inclusive, name, us);
  if (focus !== undefined) {
    const at = within.findLastIndex((name) => name.startsWith(`${focus} `));
    if (at >= 0) {
      bump(callers, within[at + 1] ?? '(stage)', us);
      bump(callees, at === 0 ? '(self)' : within[at - 1]!, us);
    }
  }
}
const print = (title: string, map: Map<string, number>) => {
  console.log(title);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * us) / total).toFixed(1).padStart(6)}%  ${name.slice(0, 120)}`);
};
console.log(
  `extractAuthors: ${(total / 1000 / rounds / inputs.length).toFixed(3)} ms per page (sampled, ${inputs.length} pages, ${rounds} rounds)`,
);
print('inclusive', inclusive);
print('self', self);
if (focus !== undefined) {
  print(`callers of ${focus}`, callers);
  print(`${focus} calls`, callees);
}
