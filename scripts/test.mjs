// npm test: every test (unit, database, browser) on PGlite, or on the PostgreSQL server named
// by TEST_DATABASE_URL. A skipped test counts as a failure: nothing may be skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureWebBuild } from './ensure-web-build.mjs';

const root = path.resolve(import.meta.dirname, '..');
const label = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian Chromium and CJK fonts for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
      stdio: 'inherit',
      env,
    });
  }
  if (!existsSync(chromium)) {
    console.error(
      `The browser tests need Chromium at ${chromium}: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
}

ensureWebBuild();
mkdirSync(path.join(root, 'test-results'), { recursive: true });
const report = path.join(root, `test-results/vitest-${label}.json`);
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
if (!existsSync(report)) process.exit(run.status ?? 1);
const result = JSON.parse(readFileSync(report, 'utf8'));
const skipped = result.numPendingTests + result.numTodoTests;
const summary = { label, passed: result.numPassedTests, failed: result.numFailedTests, skipped };
writeFileSync(path.join(root, `test-results/summary-${label}.json`), JSON.stringify(summary));
console.log(
  `\n${label}: ${summary.passed} passed, ${summary.failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
if (skipped > 0) console.error('Skipped tests are not allowed.');
process.exit(run.status !== 0 || summary.failed > 0 || skipped > 0 || summary.passed === 0 ? 1 : 0);
