import type { SheetRow } from '../../platform/excel/read-sheet';
import { ASSET_COLUMNS, type AssetColumn } from './asset-columns';
import { CellReader } from './cell-reader.rules';
import { columnLabels } from './import-column';
import { type RowFailure, rowFailure } from './row-problem';

export interface AssetRow {
  row: number;
  serial: string;
  brand: string;
  modelCode: string;
  modelName: string | null;
  category: string | null;
  customer: string;
  department: string | null;
  location: string | null;
  purchasedOn: string | null;
  installedOn: string | null;
  warrantyPolicy: string | null;
  purchasePriceCents: number | null;
  lat: number | null;
  lng: number | null;
  note: string | null;
}

export const assetLabels = columnLabels(ASSET_COLUMNS);

/** The model a row names, as brand and code: the key models are unique by. */
export const modelKeyOf = (a: { brand: string; modelCode: string }) =>
  `${a.brand}\u0000${a.modelCode}`;

/** Typed asset rows; a second row for the same model and serial is refused as a duplicate. */
export function parseAssetRows(rows: readonly SheetRow<AssetColumn>[]): {
  assets: AssetRow[];
  failures: RowFailure[];
} {
  const failures: RowFailure[] = [];
  const assets: AssetRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const read = new CellReader(row, cells, assetLabels);
    const serial = read.text('serial', { required: true, max: 80 });
    const brand = read.text('brand', { required: true, max: 60 });
    const modelCode = read.text('modelCode', { required: true, max: 80 });
    const parsed = {
      modelName: read.text('modelName', { max: 120 }),
      category: read.text('category', { max: 60 }),
      customer: read.text('customer', { required: true, max: 120 }),
      department: read.text('department', { max: 60 }),
      location: read.text('location', { max: 200 }),
      purchasedOn: read.day('purchasedOn'),
      installedOn: read.day('installedOn'),
      warrantyPolicy: read.text('warrantyPolicy', { max: 120 }),
      purchasePriceCents: read.money('purchasePrice'),
      ...read.coordinates('lat', 'lng'),
      note: read.text('note', { max: 500 }),
    };
    if (read.failures.length || !serial || !brand || !modelCode || !parsed.customer) {
      failures.push(...read.failures);
      continue;
    }
    const key = `${modelKeyOf({ brand, modelCode })}\u0000${serial}`;
    const other = seen.get(key);
    if (other !== undefined) {
      failures.push(rowFailure(row, 'DUPLICATE_IN_FILE', assetLabels.serial, { other }));
      continue;
    }
    seen.set(key, row);
    assets.push({ row, serial, brand, modelCode, ...parsed, customer: parsed.customer });
  }
  return { assets, failures };
}
