import type { TFunction } from 'i18next';

/** Business minutes as "4 小时 30 分钟" / "4 h 30 min". */
export function formatDuration(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('commitments.durationMinutes', { minutes: rest });
  if (rest === 0) return t('commitments.durationHours', { hours });
  return t('commitments.durationHoursMinutes', { hours, minutes: rest });
}

/** An instant as the company's wall clock reads it: 2026-10-08 周四 09:00. */
export function formatInZone(iso: string, timeZone: string, language: string): string {
  const parts = new Intl.DateTimeFormat(language, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('weekday')} ${part('hour')}:${part('minute')}`;
}
