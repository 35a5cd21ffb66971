import { centsToYuan, yuanToCents } from '../../../../platform/format';
import type { CatalogPartView, PartBody } from '../../inventory.schemas';

/** The part form: the price typed in yuan, the API's body in fen. */
export interface PartFormValues {
  code: string;
  name: string;
  unit: string;
  serialTracked: boolean;
  priceYuan: number | null;
  note?: string;
  modelIds: string[];
}

export const NEW_PART: PartFormValues = {
  code: '',
  name: '',
  unit: '个',
  serialTracked: false,
  priceYuan: null,
  modelIds: [],
};

export function partFormValues(part: CatalogPartView): PartFormValues {
  return {
    code: part.code,
    name: part.name,
    unit: part.unit,
    serialTracked: part.serialTracked,
    priceYuan: centsToYuan(part.priceCents),
    note: part.note ?? undefined,
    modelIds: part.models.map((model) => model.id),
  };
}

/** Trimmed texts, an empty note left out, the price in whole fen (a blank price is free). */
export function toPartBody(values: PartFormValues): PartBody {
  const note = values.note?.trim();
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    unit: values.unit.trim() || '个',
    serialTracked: values.serialTracked,
    priceCents: yuanToCents(values.priceYuan) ?? 0,
    ...(note ? { note } : {}),
    modelIds: values.modelIds,
  };
}
