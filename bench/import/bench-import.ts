import { performance } from 'node:perf_hooks';
import { systemClock } from '../../src/platform/clock';
import { inTenant } from '../../src/platform/db';
import { writeWorkbook } from '../../src/platform/excel/write-workbook';
import { createTenant, type RequestContext } from '../../src/features/accounts';
import { ASSET_COLUMNS, importAssets, readImportFile } from '../../src/features/imports';
import { seedReferences } from './seed-references';
import { openBenchDatabase } from './bench-database';

// Import benchmark: 10,000 asset rows in an .xlsx, imported through the same use case as
// POST /api/imports/assets (read the sheet, then one tenant transaction), into a fresh
// database whose customers, category and models exist beforehand.

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const CUSTOMERS = 200;
const MODELS = 20;
const log = (line: string) => console.log(line);
const seconds = (ms: number) => Math.round(ms) / 1000;

async function main(): Promise<void> {
  const bench = await openBenchDatabase();
  try {
    const db = bench.database.db;
    const { tenantId, adminId } = await createTenant(
      db,
      {
        name: '导入基准公司',
        admin: { username: 'admin', displayName: '管理员', password: 'Bench@2026pw' },
      },
      systemClock,
    );
    const ctx: RequestContext = {
      tenantId,
      tenantName: '导入基准公司',
      tenantTimezone: 'Asia/Shanghai',
      user: { id: adminId, username: 'admin', displayName: '管理员', roles: ['admin'] },
      sessionId: 'bench',
      sourceIp: null,
      clock: systemClock,
    };
    await inTenant(db, tenantId, (tx) => seedReferences(tx, tenantId, CUSTOMERS, MODELS));
    const workbook = await writeWorkbook([
      {
        name: '设备导入',
        columns: ASSET_COLUMNS.map((c) => ({
          key: c.key,
          header: c.zh,
          kind: c.key === 'installedOn' ? ('date' as const) : ('text' as const),
        })),
        rows: Array.from({ length: ROWS }, (_, i) => ({
          serial: `SN${String(i + 1).padStart(8, '0')}`,
          brand: `品牌${(i % MODELS) % 5}`,
          modelCode: `M-${i % MODELS}`,
          customer: `C-${String(i % CUSTOMERS).padStart(4, '0')}`,
          department: ['放射科', '检验科', '急诊科'][i % 3],
          location: `门诊楼${(i % 9) + 1}层`,
          installedOn: `202${i % 6}-0${(i % 9) + 1}-1${i % 9}`,
          purchasePrice: String(1000 + (i % 500) * 10.5),
        })),
      },
    ]);
    log(
      `${ROWS.toLocaleString('en')} asset rows, ${(workbook.length / 1024).toFixed(0)} KiB .xlsx (${bench.database.kind})`,
    );

    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const file = await readImportFile(workbook, ASSET_COLUMNS);
    const read = performance.now();
    const report = await inTenant(db, tenantId, (tx) =>
      importAssets(tx, ctx, file, { dryRun: false }),
    );
    const done = performance.now();
    const cpu = process.cpuUsage(cpuBefore);
    log(`read sheet  ${seconds(read - started)} s`);
    log(
      `import tx   ${seconds(done - read)} s (validate, resolve, upsert, audit; one transaction)`,
    );
    // On a shared machine wall time includes waiting for a core; CPU time is this process's own
    // work (with PGlite that includes the database; PostgreSQL's server time is not in it).
    log(`cpu time    ${seconds((cpu.user + cpu.system) / 1000)} s of this process`);
    log(`created ${report.created}, updated ${report.updated}, failed ${report.failed.length}`);
    if (report.failed.length) log(JSON.stringify(report.failed.slice(0, 5)));
    console.log(JSON.stringify({ rows: ROWS, seconds: seconds(done - started) }));
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
