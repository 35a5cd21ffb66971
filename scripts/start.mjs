// npm start: builds the web app if needed, then serves (PGlite in ./data unless DATABASE_URL).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureWebBuild } from './ensure-web-build.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureWebBuild();
// A larger young generation: a request's garbage dies young, and scavenging it less often
// took creates from ~290 to ~315/s in bench:api (which starts the server with the same flag).
const server = spawn(
  process.execPath,
  ['--max-semi-space-size=32', '--import', 'tsx', path.join(root, 'src/cli/serve.ts')],
  { cwd: process.cwd(), stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
