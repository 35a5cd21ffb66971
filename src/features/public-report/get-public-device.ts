import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import { productCategories } from '../catalog';
import { departments } from '../customers';
import { assets, brands, getAssetWarranty, productModels } from '../installed-base';
import type { WarrantyStatus } from '../warranty';
import { PRIVACY_NOTICE_VERSION, type PublicDeviceView } from './public-report.schemas';
import { resolvePublicTarget } from './resolve-public-target';

/**
 * The page behind a device's QR label: what the unit is, where it stands, and its warranty
 * today. Built field by field so nothing about the customer (name, address, contacts) or any
 * id can slip in.
 */
export async function getPublicDevice(
  db: Db,
  clock: Clock,
  token: string,
): Promise<PublicDeviceView> {
  const { tenant, targetId } = await resolvePublicTarget(db, 'asset', token);
  return inTenant(db, tenant.id, async (tx) => {
    const [row] = await tx
      .select({
        modelName: productModels.name,
        modelCode: productModels.code,
        brand: brands.name,
        category: productCategories.name,
        serialNumber: assets.serialNumber,
        department: departments.name,
      })
      .from(assets)
      .innerJoin(productModels, eq(productModels.id, assets.modelId))
      .innerJoin(brands, eq(brands.id, productModels.brandId))
      .innerJoin(productCategories, eq(productCategories.id, productModels.categoryId))
      .leftJoin(departments, eq(departments.id, assets.departmentId))
      .where(and(eq(assets.tenantId, tenant.id), eq(assets.id, targetId)));
    if (!row) throw new AppError('NOT_FOUND');
    const day = localDay(clock.now(), tenant.timezone);
    const warranty = await getAssetWarranty(tx, tenant.id, targetId, day);
    return {
      company: { name: tenant.name, hotline: tenant.hotline },
      device: {
        modelName: row.modelName,
        modelCode: row.modelCode,
        brand: row.brand,
        category: row.category,
        serialNumber: row.serialNumber,
        department: row.department ?? null,
      },
      warranty: {
        state: warranty?.state ?? 'unknown',
        endsOn: warranty ? currentPeriodEnd(warranty) : null,
        coverage: warranty?.coverage ?? { parts: false, labour: false, travel: false },
      },
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    };
  });
}

function currentPeriodEnd(w: WarrantyStatus): string | null {
  if (w.state === 'replacement') return w.replacementEndsOn;
  if (w.state === 'repair') return w.repairEndsOn;
  if (w.state === 'contract') return w.contractEndsOn;
  return null;
}
