import { URGENCIES, type Urgency } from '../../hotline/hotline-call.schemas';
import type { CommitmentsContent } from '../commitments-content.schemas';

export interface LimitCell {
  responseMinutes: number;
  onSiteMinutes: number;
  completionMinutes: number;
}

/**
 * The form holds limits as a grid by urgency and zone position, so renaming or re-coding a
 * zone keeps its row of limits; the content names zones by code.
 */
export type CommitmentsFormValues = Omit<CommitmentsContent, 'limits'> & {
  grid: Record<Urgency, LimitCell[]>;
};

const EMPTY: LimitCell = { responseMinutes: 30, onSiteMinutes: 240, completionMinutes: 900 };

export function toFormValues(content: CommitmentsContent): CommitmentsFormValues {
  const { limits, ...rest } = content;
  const cell = (urgency: Urgency, zone: string): LimitCell => {
    const row = limits.find((l) => l.urgency === urgency && l.zone === zone);
    return row
      ? {
          responseMinutes: row.responseMinutes,
          onSiteMinutes: row.onSiteMinutes,
          completionMinutes: row.completionMinutes,
        }
      : EMPTY;
  };
  const grid = Object.fromEntries(
    URGENCIES.map((u) => [u, content.zones.map((z) => cell(u, z.code))]),
  ) as CommitmentsFormValues['grid'];
  return { ...rest, grid };
}

export function fromFormValues(values: CommitmentsFormValues): CommitmentsContent {
  const { grid, ...rest } = values;
  const zones = rest.zones.map((z) => ({ code: z.code.trim().toLowerCase(), name: z.name.trim() }));
  const limits = URGENCIES.flatMap((urgency) =>
    zones.map((zone, n) => ({ urgency, zone: zone.code, ...(grid[urgency][n] ?? EMPTY) })),
  );
  return { ...rest, zones, limits, promises: rest.promises.map((p) => p.trim()).filter(Boolean) };
}

/** A new zone starts with the limits of the last one; a removed zone takes its row along. */
export function addZone(values: CommitmentsFormValues): CommitmentsFormValues {
  const grid = Object.fromEntries(
    URGENCIES.map((u) => [u, [...values.grid[u], values.grid[u].at(-1) ?? EMPTY]]),
  ) as CommitmentsFormValues['grid'];
  return { ...values, zones: [...values.zones, { code: '', name: '' }], grid };
}

export function removeZone(values: CommitmentsFormValues, index: number): CommitmentsFormValues {
  const grid = Object.fromEntries(
    URGENCIES.map((u) => [u, values.grid[u].filter((_, n) => n !== index)]),
  ) as CommitmentsFormValues['grid'];
  return { ...values, zones: values.zones.filter((_, n) => n !== index), grid };
}
