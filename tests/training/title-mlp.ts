/**
 * The title chooser with a small hidden layer beside the linear scores, under the same site-grouped 5-fold CV
 * as train-title.ts: `CACHE=file npx tsx tests/training/title-mlp.ts`.
 *
 * score(x) = w · x + Σ_h v_h tanh(u_h · x): per fold, w starts from the fold's linear model (WEIGHTS=file as
 * train-title-trees.ts keeps them), u from small seeded values, v from 0; all are fitted by Adam on the softmax
 * over each page's candidates. Options (environment): HIDDEN (units, default 8), PENALTY (L2 on u and v, default
 * 0.01), ITERATIONS (default 400), AT (iteration counts to report).
 */
import { existsSync, readFileSync } from 'node:fs';
import { TITLE_FEATURES } from '../../functions/core/cleaning/title.ts';
import { fitSparseChoice, type Sparse, softmaxResiduals, sparse } from './choice-fit.ts';
import { adamStep, type ChoiceGroup, foldOf } from './learn.ts';
import { cachedTitlePages, layoutAccuracy, type TitlePage } from './title-data.ts';

const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const LAYOUTS = (process.env.LAYOUTS ?? 'text,html').split(',');
const FOLDS = 5;
const LAMBDA = 0.001;
const HIDDEN = Number(process.env.HIDDEN ?? 8);
const PENALTY = Number(process.env.PENALTY ?? 0.01);
const ITERATIONS = Number(process.env.ITERATIONS ?? 400);
const RATE = Number(process.env.RATE ?? 0.01);
const AT = (process.env.AT ?? '0,50,100,200,300,400').split(',').map(Number);

const pages = cachedTitlePages(CORPORA, LAYOUTS, process.env.CACHE);
const dims = TITLE_FEATURES.length;
const WEIGHTS = process.env.WEIGHTS;
const stored: number[][] | null =
  WEIGHTS && existsSync(WEIGHTS) ? (JSON.parse(readFileSync(WEIGHTS, 'utf8')) as number[][]) : null;

/** A deterministic generator of values in [-1, 1). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 31 - 1;
  };
}

interface Net {
  w: Float64Array;
  /** u[h * dims + d] */
  u: Float64Array;
  v: Float64Array;
}

function netScore(net: Net, x: Float64Array): number {
  let z = 0;
  for (let d = 0; d < dims; d++) z += net.w[d]! * x[d]!;
  for (let h = 0; h < HIDDEN; h++) {
    let a = 0;
    for (let d = 0; d < dims; d++) a += net.u[h * dims + d]! * x[d]!;
    z += net.v[h]! * Math.tanh(a);
  }
  return z;
}

/** Fits the net on the groups, calling `report` with a copy after each iteration count in AT. */
function fitNet(all: ChoiceGroup[], w0: Float64Array, report: (t: number, net: Net) => void): void {
  const data: Sparse = sparse(
    all.filter((group) => group.answer >= 0),
    dims,
    [],
  );
  const random = seeded(7);
  const net: Net = {
    w: Float64Array.from(w0),
    u: Float64Array.from({ length: HIDDEN * dims }, () => 0.3 * random()),
    v: new Float64Array(HIDDEN),
  };
  const params = [net.w, net.u, net.v];
  const grads = params.map((p) => new Float64Array(p.length));
  const ms = params.map((p) => new Float64Array(p.length));
  const vs = params.map((p) => new Float64Array(p.length));
  const n = data.right.length;
  const act = new Float64Array(n * HIDDEN);
  const scores = new Float64Array(n);
  const residual = new Float64Array(n);
  const copy = (): Net => ({
    w: Float64Array.from(net.w),
    u: Float64Array.from(net.u),
    v: Float64Array.from(net.v),
  });
  if (AT.includes(0)) report(0, copy());
  for (let t = 1; t <= ITERATIONS; t++) {
    for (const g of grads) g.fill(0);
    const [gw, gu, gv] = grads as [Float64Array, Float64Array, Float64Array];
    for (const { from, to } of data.groups) {
      for (let s = from; s < to; s++) {
        let z = 0;
        for (let e = data.start[s]!; e < data.start[s + 1]!; e++)
          z += net.w[data.index[e]!]! * data.value[e]!;
        for (let h = 0; h < HIDDEN; h++) {
          let a = 0;
          for (let e = data.start[s]!; e < data.start[s + 1]!; e++)
            a += net.u[h * dims + data.index[e]!]! * data.value[e]!;
          a = Math.tanh(a);
          act[s * HIDDEN + h] = a;
          z += net.v[h]! * a;
        }
        scores[s] = z;
      }
      softmaxResiduals(scores, data.right, from, to, residual);
      for (let s = from; s < to; s++) {
        const r = residual[s]!;
        for (let k = data.start[s]!; k < data.start[s + 1]!; k++) gw[data.index[k]!]! += r * data.value[k]!;
        for (let h = 0; h < HIDDEN; h++) {
          const a = act[s * HIDDEN + h]!;
          gv[h]! += r * a;
          const back = r * net.v[h]! * (1 - a * a);
          if (back !== 0)
            for (let k = data.start[s]!; k < data.start[s + 1]!; k++)
              gu[h * dims + data.index[k]!]! += back * data.value[k]!;
        }
      }
    }
    // The hidden layer's own penalty on u and v (adamStep leaves their first weight unpenalised, as the bias).
    params.forEach((p, j) => {
      adamStep(p, grads[j]!, ms[j]!, vs[j]!, data.groups.length, j === 0 ? LAMBDA : PENALTY, RATE, t);
    });
    if (AT.includes(t)) report(t, copy());
  }
}

console.log(`hidden ${HIDDEN}, penalty ${PENALTY}, rate ${RATE}`);
const nets = new Map<number, Net[]>(AT.map((t) => [t, []]));
for (let fold = 0; fold < FOLDS; fold++) {
  const train = pages.filter((page) => foldOf(page.site, FOLDS) !== fold).map((page) => page.group);
  const w0 = stored ? Float64Array.from(stored[fold]!) : fitSparseChoice(train, dims, LAMBDA);
  fitNet(train, w0, (t, net) => nets.get(t)!.push(net));
}
for (const t of AT) {
  const pick = (page: TitlePage) => {
    const net = nets.get(t)![foldOf(page.site, FOLDS)]!;
    const scores = page.group.options.map((x) => netScore(net, x));
    let best = -1;
    for (let k = 0; k < scores.length; k++) if (best < 0 || scores[k]! > scores[best]!) best = k;
    return best;
  };
  const vMax = Math.max(...nets.get(t)!.map((net) => Math.max(...Array.from(net.v, Math.abs))));
  console.log(
    `${t} iterations (largest |v| ${vMax.toFixed(2)}): ${layoutAccuracy(pages, CORPORA, LAYOUTS, pick)}`,
  );
}
