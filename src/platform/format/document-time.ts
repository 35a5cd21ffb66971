import { type ClockStyle, zoneFormatter } from './zone-formatter';

const minutes: ClockStyle = {
  locale: 'en-GB',
  options: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
};

/**
 * An instant as the company's wall clock reads it, "2026-11-28 14:30" (not the reader's
 * browser): printed documents and the screens that show the same text. Nothing for no time.
 */
export function documentTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const parts = zoneFormatter(minutes, timeZone).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
