import { systemClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { DataDirLockedError } from '../platform/db';
import { demoBanner, startServer } from '../server/start-server';

try {
  const config = loadConfig();
  const server = await startServer(config, systemClock);
  console.log(demoBanner(server.url));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(
    error instanceof DataDirLockedError || error instanceof Error ? error.message : error,
  );
  process.exit(1);
}
