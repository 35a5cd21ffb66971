import { parentPort } from 'node:worker_threads';
import { solve } from './solve';
import type { ProblemInput, SolveOptions } from './types';

// Worker entry: solves one problem per message and posts back the plan (or the error text).
parentPort?.on('message', (msg: { input: ProblemInput; opts: SolveOptions }) => {
  try {
    parentPort?.postMessage({ ok: true, plan: solve(msg.input, msg.opts) });
  } catch (err) {
    parentPort?.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
