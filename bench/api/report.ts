import type { LoadResult } from './load';

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** A fixed-width table of the runs, one line each. */
export function resultTable(results: readonly LoadResult[]): string {
  const header = `${'run'.padEnd(28)}${pad('conns', 6)}${pad('s', 4)}${pad('requests', 10)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('failed', 8)}`;
  const lines = results.map(
    (r) =>
      `${r.name.padEnd(28)}${pad(r.connections, 6)}${pad(r.seconds, 4)}${pad(r.requests, 10)}` +
      `${pad(r.perSec.toFixed(0), 9)}${pad(r.p50Ms, 8)}${pad(r.p99Ms, 8)}${pad(r.failed, 8)}`,
  );
  return [header, ...lines].join('\n');
}

export const TARGETS = { createsPerSec: 300, createP99Ms: 100, listP99Ms: 100 };

/** The one JSON line other tools read: the three headline figures last. */
export function finalJson(orders: number, create: LoadResult, list: LoadResult): string {
  return JSON.stringify({
    orders,
    createP50Ms: create.p50Ms,
    listP50Ms: list.p50Ms,
    listPerSec: Math.round(list.perSec),
    failed: create.failed + list.failed,
    createsPerSec: Math.round(create.perSec),
    createP99Ms: create.p99Ms,
    listP99Ms: list.p99Ms,
  });
}
