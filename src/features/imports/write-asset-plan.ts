import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { jsonRecords } from './json-records';
import type { AssetPlan, PlannedAsset } from './plan-asset-rows';

/** The brands and models the plan creates, one statement each. */
export async function insertBrandsAndModels(
  tx: Tx,
  ctx: RequestContext,
  plan: Pick<AssetPlan, 'newBrands' | 'newModels'>,
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  if (plan.newBrands.length) {
    await tx.execute(sql`
      INSERT INTO brands (id, tenant_id, name, created_at)
      SELECT r.id, ${ctx.tenantId}, r.name, ${now}
      FROM jsonb_to_recordset(${jsonRecords(plan.newBrands)}) AS r(id uuid, name text)`);
  }
  if (plan.newModels.length) {
    await tx.execute(sql`
      INSERT INTO product_models (id, tenant_id, code, name, category_id, brand_id, created_at,
        updated_at)
      SELECT r.id, ${ctx.tenantId}, r.code, r.name, r."categoryId", r."brandId", ${now}, ${now}
      FROM jsonb_to_recordset(${jsonRecords(plan.newModels)})
        AS r(id uuid, code text, name text, "categoryId" uuid, "brandId" uuid)`);
  }
}

/**
 * One upsert for every unit: new ones inserted, known ones (same model and serial) updated,
 * with a blank optional cell keeping the stored value. The department is kept only while the
 * unit stays with the same customer, since a department belongs to one customer.
 */
export async function upsertAssets(
  tx: Tx,
  ctx: RequestContext,
  assets: readonly PlannedAsset[],
  departmentIdOf: (customerId: string, name: string) => string | null,
): Promise<void> {
  if (!assets.length) return;
  const now = ctx.clock.now().toISOString();
  const records = assets.map((a) => ({
    s: a.serial,
    m: a.modelId,
    c: a.customerId,
    d: a.department ? departmentIdOf(a.customerId, a.department) : null,
    loc: a.location,
    p: a.purchasedOn,
    i: a.installedOn,
    w: a.warrantyPolicyId,
    price: a.purchasePriceCents,
    lat: a.lat,
    lng: a.lng,
    note: a.note,
  }));
  await tx.execute(sql`
    INSERT INTO assets AS a (tenant_id, serial_number, model_id, customer_id, department_id,
      location, purchased_on, installed_on, warranty_policy_id, purchase_price_cents, lat, lng,
      note, created_at, updated_at)
    SELECT ${ctx.tenantId}, r.s, r.m, r.c, r.d, r.loc, r.p, r.i, r.w, r.price, r.lat, r.lng,
      r.note, ${now}, ${now}
    FROM jsonb_to_recordset(${jsonRecords(records)})
      AS r(s text, m uuid, c uuid, d uuid, loc text, p date, i date, w uuid, price int,
        lat float8, lng float8, note text)
    ON CONFLICT (tenant_id, model_id, serial_number) DO UPDATE SET
      customer_id = excluded.customer_id,
      department_id = CASE WHEN excluded.customer_id = a.customer_id
        THEN COALESCE(excluded.department_id, a.department_id) ELSE excluded.department_id END,
      location = COALESCE(excluded.location, a.location),
      purchased_on = COALESCE(excluded.purchased_on, a.purchased_on),
      installed_on = COALESCE(excluded.installed_on, a.installed_on),
      warranty_policy_id = COALESCE(excluded.warranty_policy_id, a.warranty_policy_id),
      purchase_price_cents = COALESCE(excluded.purchase_price_cents, a.purchase_price_cents),
      lat = COALESCE(excluded.lat, a.lat),
      lng = COALESCE(excluded.lng, a.lng),
      note = COALESCE(excluded.note, a.note),
      version = a.version + 1,
      updated_at = excluded.updated_at`);
}
