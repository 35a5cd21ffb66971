import { systemClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { runSeed } from './run-seed';
import { parseSeedArgs } from './seed-args';

// npm run seed [-- --orders N]: DATABASE_URL selects PostgreSQL, else PGlite in DATA_DIR.
try {
  await runSeed(loadConfig(), parseSeedArgs(process.argv.slice(2)), systemClock, (line) =>
    console.log(line),
  );
} catch (error) {
  // DataDirLockedError (the server holds the PGlite directory) explains itself.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
