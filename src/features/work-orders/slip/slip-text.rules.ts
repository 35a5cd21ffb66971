// Formatting shared by the slip's PDF and its screen, so both print the same text: times as the
// company's wall clock (platform/format's `documentTime`), templates filled the i18next way (platform/format's `fillTemplate`).
import { documentTime } from '../../../platform/format';

/** A window on one day reads "2026-11-28 09:00–11:00"; across days both ends in full. */
export function slipWindow(
  window: { start: string; end: string } | null,
  timeZone: string,
): string {
  if (!window) return '';
  const start = documentTime(window.start, timeZone);
  const end = documentTime(window.end, timeZone);
  return start.slice(0, 10) === end.slice(0, 10)
    ? `${start}–${end.slice(11)}`
    : `${start} – ${end}`;
}
