import { Worker } from 'node:worker_threads';
import type { Plan, ProblemInput, SolveOptions } from './types';

export interface WorkerSolveOptions extends SolveOptions {
  /** Aborting terminates the worker and rejects the promise. */
  signal?: AbortSignal;
}

type WorkerReply = { ok: true; plan: Plan } | { ok: false; error: string };

/**
 * Starts the solver worker. When the sources run as .ts (tsx, vitest) the worker cannot inherit
 * the loader (`execArgv: ['--import', 'tsx']` fails on Node 20 for .ts worker files), so a tiny
 * bootstrap file registers tsx inside the worker first. A compiled build loads solver.worker.js.
 */
export function startSolverWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./solver.worker.js', import.meta.url));
  }
  const entry = new URL('./solver.worker.ts', import.meta.url).href;
  return new Worker(new URL('./tsx-worker-bootstrap.mjs', import.meta.url), {
    workerData: { entry },
  });
}

/** Sends one problem to a running worker and waits for its plan. */
export function solveWith(worker: Worker, input: ProblemInput, opts: SolveOptions): Promise<Plan> {
  return new Promise<Plan>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: WorkerReply) => {
      cleanup();
      if (reply.ok) resolve(reply.plan);
      else reject(new Error(reply.error));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`solver worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // Travel given as a function cannot cross threads; the caller must pass matrices.
    worker.postMessage({ input, opts });
  });
}

/** Solves in a fresh worker thread so the event loop of the app stays responsive. */
export async function solveInWorker(input: ProblemInput, opts: WorkerSolveOptions = {}) {
  const { signal, ...solveOpts } = opts;
  signal?.throwIfAborted();
  const worker = startSolverWorker();
  const onAbort = () => void worker.terminate();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await solveWith(worker, input, solveOpts);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await worker.terminate();
  }
}
