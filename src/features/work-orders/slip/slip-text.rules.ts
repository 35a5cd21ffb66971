/**
 * Formatting shared by the slip's PDF and its screen, so both print the same text: times as
 * the company's wall clock (not the reader's browser), templates filled the i18next way.
 */
export function slipTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** A window on one day reads "2026-11-28 09:00–11:00"; across days both ends in full. */
export function slipWindow(
  window: { start: string; end: string } | null,
  timeZone: string,
): string {
  if (!window) return '';
  const start = slipTime(window.start, timeZone);
  const end = slipTime(window.end, timeZone);
  return start.slice(0, 10) === end.slice(0, 10)
    ? `${start}–${end.slice(11)}`
    : `${start} – ${end}`;
}

/** "{{name}}" placeholders filled from `values`, as i18next does for the screen. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
