import { DEMO_PASSWORD } from '../../src/features/demo';
import { createCallsForCreates } from './bench-calls';
import { recreateDatabase, seedBench, settleDatabase } from './bench-db';
import { type LoadResult, runLoad } from './load';
import { finalJson, resultTable, TARGETS } from './report';
import { login, startServerProcess } from './server-process';

// API benchmark: a fresh PostgreSQL database with the demo company and 100,000 bulk work
// orders, the real server in a child process, then autocannon on the two hot paths of the
// service desk: turning hotline calls into work orders, and the first page of a filtered list.

const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/aftersales_bench';
const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/** BENCH_REUSE=1: measure on the database a previous run seeded (it grows by each run's creates). */
const REUSE = process.env.BENCH_REUSE === '1';
/** More calls than the fastest plausible create rate can use up in warm-up plus the run. */
const CALLS = 60_000;

const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const name = new URL(DATABASE_URL).pathname.slice(1);
  if (REUSE) {
    log(`bench database ${name}: reused as it is (BENCH_REUSE=1)`);
  } else {
    log(`bench database ${name}: recreating, seeding ${ORDERS.toLocaleString('en')} orders`);
    await recreateDatabase(DATABASE_URL);
    await seedBench(DATABASE_URL, ORDERS, () => undefined);
  }
  const calls = await createCallsForCreates(DATABASE_URL, CALLS);
  const server = await startServerProcess(DATABASE_URL);
  try {
    const cookie = await login(server.url, 'dispatcher', DEMO_PASSWORD);
    let next = 0;
    const create = (name: string, seconds: number) =>
      runLoad({
        name,
        url: server.url,
        cookie,
        connections: 20,
        seconds,
        method: 'POST',
        path: '/api/work-orders',
        // Each request converts its own, never-converted call; running out would mean 409s.
        body: () => JSON.stringify({ hotlineCallId: calls[next++ % calls.length] }),
      });
    const list = (name: string, seconds: number) =>
      runLoad({
        name,
        url: server.url,
        cookie,
        connections: 50,
        seconds,
        method: 'GET',
        path: '/api/work-orders?status=assigned&pageSize=20',
      });
    // Each run starts from the steady state a running service is in, not from the aftermath of
    // the seed's or the creates' writes: otherwise autovacuum and the checkpointer take those
    // rows in hand during the measured seconds. Then a short warm-up (JIT, the pool's
    // connections, the buffer cache), not measured.
    const measured = async (run: typeof create, name: string) => {
      await settleDatabase(DATABASE_URL);
      await run('warm-up', 3);
      return run(name, SECONDS);
    };
    const results: LoadResult[] = [
      await measured(create, 'POST /api/work-orders'),
      await measured(list, 'GET /api/work-orders?status=…'),
    ];
    const [creates, lists] = results as [LoadResult, LoadResult];
    if (next > calls.length)
      log(`warning: ${next} creates used ${calls.length} calls; reused ones failed`);
    log(resultTable(results));
    log(
      `targets: ≥ ${TARGETS.createsPerSec} creates/s with p99 < ${TARGETS.createP99Ms} ms, ` +
        `list p99 < ${TARGETS.listP99Ms} ms`,
    );
    log(finalJson(ORDERS, creates, lists));
    const failed = creates.failed + lists.failed;
    if (failed > 0) console.error(`${failed} requests failed (non-2xx, errors or timeouts)`);
    return failed > 0 ? 1 : 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  },
);
