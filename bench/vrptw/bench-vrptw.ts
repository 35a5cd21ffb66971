import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSolution, solveWith, startSolverWorker } from '../../src/features/dispatch/optimizer';
import { parseArgs } from './args';
import { familyOf, loadBestKnown } from './bks';
import {
  finalJson,
  INSTANCE_HEADER,
  instanceLine,
  summaryLines,
  type InstanceResult,
} from './report';
import { parseSolomon } from './solomon';

// VRPTW benchmark: solves every instance of a Solomon-format folder in worker threads (two at a
// time by default, each with the full time budget), checks each plan independently and
// compares it with the best-known values.

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const files = readdirSync(args.dir)
    .filter((f) => /\.txt$/i.test(f))
    .map((f) => ({ file: f, name: f.replace(/\.txt$/i, '').toUpperCase() }))
    .filter((f) => args.family === undefined || familyOf(f.name) === args.family)
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (files.length === 0) throw new Error(`no instances in ${args.dir}`);
  const bestKnown = loadBestKnown(args.dir, args.objective);
  console.log(
    `${files.length} instances from ${args.dir}, ${args.timeSeconds} s each, ` +
      `objective ${args.objective}, seed ${args.seed}, ${args.threads} threads` +
      (Object.keys(args.tuning).length > 0 ? `, tuning ${JSON.stringify(args.tuning)}` : ''),
  );
  console.log(INSTANCE_HEADER);

  const results: InstanceResult[] = new Array<InstanceResult>(files.length);
  let next = 0;
  const runWorker = async () => {
    const worker = startSolverWorker();
    try {
      for (let i = next++; i < files.length; i = next++) {
        const { file, name } = files[i]!;
        const problem = parseSolomon(
          readFileSync(path.join(args.dir, file), 'utf8'),
          args.objective,
        );
        const t0 = performance.now();
        const plan = await solveWith(worker, problem, {
          seed: args.seed,
          timeLimitMs: args.timeSeconds * 1000,
          tuning: args.tuning,
        });
        const seconds = (performance.now() - t0) / 1000;
        const check = checkSolution(problem, plan, { requireAllServed: true });
        const bks = bestKnown.get(name);
        const result: InstanceResult = {
          name,
          family: familyOf(name),
          vehicles: check.vehiclesUsed,
          distance: check.distance,
          bks,
          gapPct: bks ? 100 * (check.distance / bks.distance - 1) : null,
          seconds,
          feasible: check.feasible,
          violations: check.violations.map((v) => v.message),
        };
        results[i] = result;
        console.log(instanceLine(result));
        for (const v of result.violations.slice(0, 5)) console.log(`         ! ${v}`);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(args.threads, files.length) }, runWorker));

  console.log('');
  for (const line of summaryLines(results)) console.log(line);
  console.log(finalJson(results));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
