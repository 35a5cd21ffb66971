import type { TFunction } from 'i18next';
import { formatMinutes } from '../../shift-time.rules';

/** "08:30–17:30". */
export function formatShift(start: number, end: number): string {
  return `${formatMinutes(start)}–${formatMinutes(end)}`;
}

/** [1,2,3,4,5] → "周一–五" / "Mon–Fri"; gaps are listed: "周一、三、五". */
export function formatWorkDays(days: number[], t: TFunction): string {
  const name = (d: number) => t(`technicians.weekdays.d${d}` as 'technicians.weekdays.d1');
  const sorted = [...days].sort((a, b) => a - b);
  const isRun = sorted.length >= 3 && sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  const text = isRun
    ? `${name(sorted[0]!)}–${name(sorted[sorted.length - 1]!)}`
    : sorted.map(name).join(t('technicians.daySeparator'));
  return t('technicians.workDaysValue', { days: text });
}
