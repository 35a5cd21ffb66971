import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Objective } from '../../src/features/dispatch/optimizer';

export interface BenchArgs {
  dir: string;
  timeSeconds: number;
  family: string | undefined;
  objective: Objective;
  seed: number;
  threads: number;
  /** JSON object of search-parameter overrides, for tuning runs. */
  tuning: Record<string, number>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE =
  'usage: npm run bench:vrptw -- [--dir <folder>] [--time <s per instance>] [--family R1] ' +
  '[--objective distance|hierarchical] [--seed N] [--threads N]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    dir: path.resolve(repoRoot, '../shared/bench/vrptw/solomon'),
    timeSeconds: 2,
    family: undefined,
    objective: 'distance',
    seed: 1,
    threads: 2,
    tuning: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    if (value === undefined) throw new Error(`missing value for ${flag}\n${USAGE}`);
    i++;
    if (flag === '--dir') args.dir = path.resolve(value);
    else if (flag === '--time') args.timeSeconds = Number(value);
    else if (flag === '--family') args.family = value.toUpperCase();
    else if (flag === '--seed') args.seed = Number(value);
    else if (flag === '--threads') args.threads = Number(value);
    else if (flag === '--tuning') args.tuning = JSON.parse(value) as Record<string, number>;
    else if (flag === '--objective') {
      if (value !== 'distance' && value !== 'hierarchical') throw new Error(USAGE);
      args.objective = value;
    } else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (!(args.timeSeconds > 0) || !Number.isInteger(args.seed) || !(args.threads >= 1)) {
    throw new Error(USAGE);
  }
  return args;
}
