import type { FeeStandardContent } from '../fees.schemas';
import { centsToYuan, yuanToCents } from '../../../platform/format';

type Yuan = number | null | undefined;
type ByLevel<T> = { '1': T; '2': T; '3': T };
const LEVEL_KEYS = ['1', '2', '3'] as const;

/** The editor's form: money in yuan, labour as a grid of category × level (empty = default). */
export interface FeeFormValues {
  effectiveFrom: string;
  note: string | null;
  labour: Record<string, Partial<ByLevel<Yuan>>>;
  defaultLabour: ByLevel<Yuan>;
  travelMode: 'zone' | 'distance';
  zones: Record<string, Yuan>;
  baseYuan: Yuan;
  perKmYuan: Yuan;
  freeKm: number | null | undefined;
  inspectionYuan: Yuan;
  partsMarkupPercent: number | null | undefined;
}

const cents = (yuan: Yuan) => (yuan === null || yuan === undefined ? 0 : yuanToCents(yuan));

export function toFormValues(
  content: FeeStandardContent,
  effectiveFrom: string,
  note: string | null,
): FeeFormValues {
  const labour: FeeFormValues['labour'] = {};
  for (const row of content.labour)
    (labour[row.categoryId] ??= {})[String(row.level) as '1'] = centsToYuan(row.amountCents);
  return {
    effectiveFrom,
    note,
    labour,
    defaultLabour: {
      '1': centsToYuan(content.defaultLabourCents['1']),
      '2': centsToYuan(content.defaultLabourCents['2']),
      '3': centsToYuan(content.defaultLabourCents['3']),
    },
    travelMode: content.travel.mode,
    zones: Object.fromEntries(
      content.travel.zones.map((z) => [z.zone, centsToYuan(z.amountCents)]),
    ),
    baseYuan: centsToYuan(content.travel.baseCents),
    perKmYuan: centsToYuan(content.travel.perKmCents),
    freeKm: content.travel.freeKm,
    inspectionYuan: content.inspectionCents === null ? null : centsToYuan(content.inspectionCents),
    partsMarkupPercent: content.partsMarkupPercent,
  };
}

/** Back to content: empty labour cells and empty zones are left out (default / not priced). */
export function toContent(values: FeeFormValues): FeeStandardContent {
  const labour = Object.entries(values.labour ?? {}).flatMap(([categoryId, levels]) =>
    LEVEL_KEYS.flatMap((key) => {
      const yuan = levels?.[key];
      return yuan === null || yuan === undefined
        ? []
        : [{ categoryId, level: Number(key) as 1 | 2 | 3, amountCents: yuanToCents(yuan) }];
    }),
  );
  return {
    labour,
    defaultLabourCents: {
      '1': cents(values.defaultLabour['1']),
      '2': cents(values.defaultLabour['2']),
      '3': cents(values.defaultLabour['3']),
    },
    travel: {
      mode: values.travelMode,
      zones: Object.entries(values.zones ?? {})
        .filter(([, yuan]) => yuan !== null && yuan !== undefined)
        .map(([zone, yuan]) => ({ zone, amountCents: cents(yuan) })),
      baseCents: cents(values.baseYuan),
      perKmCents: cents(values.perKmYuan),
      freeKm: values.freeKm ?? 0,
    },
    inspectionCents:
      values.inspectionYuan === null || values.inspectionYuan === undefined
        ? null
        : yuanToCents(values.inspectionYuan),
    partsMarkupPercent: values.partsMarkupPercent ?? 0,
  };
}
