/** Shift times are minutes after local midnight; people read and type them as "HH:mm". */

const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** "08:30" → 510; a number passes through. Undefined for anything else or past 24:00. */
export function toMinutes(value: string | number): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 1440 ? value : undefined;
  }
  const match = HH_MM.exec(value.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : undefined;
}

/** 510 → "08:30". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The defaults a profile has before anyone edits it (the table's defaults). */
export const DEFAULT_SHIFT = { start: 510, end: 1050, workDays: [1, 2, 3, 4, 5] } as const;
