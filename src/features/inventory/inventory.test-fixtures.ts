import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant, type Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import {
  createTestTenant,
  createTestUser,
  type TestTenant,
} from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import { createTestModel } from '../../../tests/support/installed-base';
import type { RequestContext } from '../accounts';
import { notifications } from '../notifications/notifications.table';
import { createPart } from './create-part';
import { createWarehouse } from './create-warehouse';
import { type CatalogPartView, partBody, type PartBody, warehouseBody } from './inventory.schemas';
import { stockLevels, stockMovements } from './inventory.table';
import { receiveStock } from './receive-stock';

export const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

export interface StockWorld {
  db: Db;
  t: TestTenant;
  /** 仓管 and 返修员, besides the test tenant's people. */
  keeper: RequestContext;
  clerk: RequestContext;
  modelId: string;
  central: { id: string };
  outlet: { id: string };
  /** The test tenant's first technician's van; the second technician has none. */
  van: { id: string };
  as<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** A new part (a fresh code each call) in the catalogue. */
  newPart(overrides?: Partial<PartBody>): Promise<CatalogPartView>;
  /** Receives parts into a warehouse as the keeper. */
  receive(warehouseId: string, partId: string, quantity: number, serials?: string[]): Promise<void>;
  /** The quantity of a part in a warehouse (0 when never stocked). */
  levelOf(warehouseId: string, partId: string): Promise<number>;
  /** The ledger rows of a part, oldest first. */
  ledgerOf(partId: string): Promise<(typeof stockMovements.$inferSelect)[]>;
  /** The in-app notifications of an event: to whom, with what. */
  noticesOf(event: string): Promise<{ userId: string; params: Record<string, unknown> }[]>;
}

let partSeq = 0;

/** A service company with a central store, an outlet, a technician's van and a printer model. */
export async function setUpStockWorld(db: Db, clock: Clock, name?: string): Promise<StockWorld> {
  const t = await createTestTenant(db, clock, name);
  const as = <T>(work: (tx: Tx) => Promise<T>) => inTenant(db, t.tenantId, work);
  const keeper = await createTestUser(db, t, {
    username: `keeper-${t.suffix}`,
    displayName: '仓管',
    roles: ['warehouse_keeper'],
  });
  const clerk = await createTestUser(db, t, {
    username: `clerk-${t.suffix}`,
    displayName: '返修员',
    roles: ['returns_clerk'],
  });
  const { modelId } = await createTestModel(db, t.tenantId);
  const warehouse = (body: object) =>
    as((tx) => createWarehouse(tx, keeper, warehouseBody.parse(body)));
  const central = await warehouse({ code: 'WH-C', name: '中心库', kind: 'central' });
  const outlet = await warehouse({ code: 'WH-O', name: '网点库', kind: 'outlet' });
  const van = await warehouse({
    code: 'VAN-1',
    name: '维修一随车库',
    kind: 'van',
    technicianId: t.technician.user.id,
  });
  return {
    db,
    t,
    keeper,
    clerk,
    modelId,
    central,
    outlet,
    van,
    as,
    newPart: (overrides = {}) =>
      as((tx) =>
        createPart(
          tx,
          keeper,
          partBody.parse({
            code: `P-${++partSeq}`,
            name: `搓纸轮 ${partSeq}`,
            priceCents: 3_500,
            ...overrides,
          }),
        ),
      ),
    receive: async (warehouseId, partId, quantity, serials) => {
      await as((tx) =>
        receiveStock(tx, keeper, { warehouseId, partId, quantity, serialNumbers: serials }),
      );
    },
    levelOf: async (warehouseId, partId) => {
      const [row] = await as((tx) =>
        tx
          .select({ quantity: stockLevels.quantity })
          .from(stockLevels)
          .where(and(eq(stockLevels.warehouseId, warehouseId), eq(stockLevels.partId, partId))),
      );
      return row?.quantity ?? 0;
    },
    ledgerOf: (partId) =>
      as((tx) =>
        tx
          .select()
          .from(stockMovements)
          .where(eq(stockMovements.partId, partId))
          .orderBy(asc(stockMovements.at), asc(stockMovements.kind)),
      ),
    noticesOf: (event) =>
      as((tx) =>
        tx
          .select({ userId: notifications.userId, params: notifications.params })
          .from(notifications)
          .where(eq(notifications.event, event)),
      ) as Promise<{ userId: string; params: Record<string, unknown> }[]>,
  };
}

/** The stock world of one test file, set up before its tests. */
export function stockWorldForFile(
  clock: Clock,
): StockWorld & { asOwner(sql: string): Promise<void> } {
  const world = {} as StockWorld;
  testDatabaseForFile({
    setUp: async ({ db, tdb }) => {
      Object.assign(world, await setUpStockWorld(db, clock), {
        asOwner: (sql: string) => tdb.asOwner(sql),
      });
    },
  });
  return world as StockWorld & { asOwner(sql: string): Promise<void> };
}
