import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, openPglite } from './open-pglite';
import { rowsOf } from './rows';

const dir = mkdtempSync(path.join(tmpdir(), 'aftersales-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database directory', () => {
  it('can be opened by one holder at a time, with a clear error for the second', async () => {
    const first = await openPglite({ dataDir: dir });
    await first.db.execute(sql`INSERT INTO tenants (name, password_policy) VALUES ('kept', '{}')`);
    await expect(openPglite({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(openPglite({ dataDir: dir })).rejects.toThrow(/in use by another process/);
    await first.close();
    const again = await openPglite({ dataDir: dir });
    const result = await again.db.execute(sql`SELECT name FROM tenants`);
    expect(rowsOf<{ name: string }>(result)).toEqual([{ name: 'kept' }]); // the data survived reopening
    await again.close();
  });
});
