import type { Tx } from '../../platform/db';
import type { TestTenant } from '../../../tests/support/factories';
import { createCategory } from '../catalog';
import { createAsset, createAssetBody, createBrand, createProductModel } from '../installed-base';
import { createWarrantyPolicy, createWarrantyPolicyBody } from '../warranty';
import { feeStandardContent, type FeeStandardContent } from './fees.schemas';

/** A printer category and one printer installed on `installedOn` with a 15-day / 12-month policy. */
export async function seedPrinter(tx: Tx, t: TestTenant, installedOn: string) {
  const category = await createCategory(tx, t.admin, {
    code: 'PRN',
    name: '打印机',
    defaultMinutes: 45,
    requiresCertificate: false,
  });
  const policy = await createWarrantyPolicy(
    tx,
    t.admin,
    createWarrantyPolicyBody.parse({ name: '整机保修一年', replacementDays: 15, repairMonths: 12 }),
  );
  const brand = await createBrand(tx, t.admin, { name: '惠普' });
  const model = await createProductModel(tx, t.admin, {
    code: 'M404',
    name: 'LaserJet M404',
    categoryId: category.id,
    brandId: brand.id,
    warrantyPolicyId: policy.id,
    listPriceCents: 250_000,
  });
  const asset = await createAsset(
    tx,
    t.admin,
    createAssetBody.parse({
      serialNumber: 'CNB1234',
      modelId: model.id,
      customerId: t.customer.id,
      installedOn,
    }),
  );
  return { category, policy, asset };
}

/** Version prices: labour for the printer, zones, 15% on parts. */
export function printerPrices(categoryId: string, labourCents: number): FeeStandardContent {
  return feeStandardContent.parse({
    labour: [{ categoryId, level: 2, amountCents: labourCents }],
    defaultLabourCents: { '1': 3_000, '2': 6_000, '3': 12_000 },
    travel: {
      mode: 'zone',
      zones: [
        { zone: 'city', amountCents: 3_000 },
        { zone: 'county', amountCents: 6_000 },
      ],
      baseCents: 0,
      perKmCents: 0,
      freeKm: 0,
    },
    inspectionCents: 5_000,
    partsMarkupPercent: 15,
  });
}
