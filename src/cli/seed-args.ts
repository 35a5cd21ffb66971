export interface SeedArgs {
  /** Work orders to add in bulk to the demo company; none: only make sure it exists. */
  orders: number;
  batchSize: number;
  seed: number;
}

export const SEED_USAGE =
  'usage: npm run seed [-- --orders N [--batch 10000] [--seed 2026]]\n' +
  '  no options: seed the demo company into the database of the environment\n' +
  '  --orders N: add N work orders (with calls and audit trails) to the demo company';

const positiveInt = (flag: string, value: string | undefined): number => {
  const n = Number(value?.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag} needs a positive whole number\n${SEED_USAGE}`);
  return n;
};

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { orders: 0, batchSize: 10_000, seed: 2026 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') throw new Error(SEED_USAGE);
    const [name, inline] = flag.split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (name === '--orders') args.orders = positiveInt(name, value);
    else if (name === '--batch') args.batchSize = positiveInt(name, value);
    else if (name === '--seed') args.seed = positiveInt(name, value);
    else throw new Error(`unknown option ${flag}\n${SEED_USAGE}`);
  }
  return args;
}
