// RECONSTRUCTED by the web helper after it overwrote the lead's original by mistake;
// only the first two imports are known to match the original. Please check or replace.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { systemClock } from '../../src/platform/clock';
import { loadConfig } from '../../src/platform/config';
import { startServer } from '../../src/server/start-server';

const root = path.resolve(import.meta.dirname, '../..');

/** The real server on a fresh embedded database with the demo data, on a free port. */
export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(path.join(root, 'dist/web/index.html'))) {
    const build = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:web failed');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'aftersales-e2e-'));
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', dataDir, logLevel: 'warn' };
  const server = await startServer(config, systemClock, { logger: false, seedDemo: true });
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
