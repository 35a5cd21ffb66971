/** A way of writing instants: the locale and the fields, without the time zone. */
export interface ClockStyle {
  locale: string;
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>;
}

const byStyle = new WeakMap<ClockStyle, Map<string, Intl.DateTimeFormat>>();

/**
 * The formatter of a style in a time zone, made once: building an Intl.DateTimeFormat costs
 * far more than formatting with one, and the hot paths format in the same few zones.
 */
export function zoneFormatter(style: ClockStyle, timeZone: string): Intl.DateTimeFormat {
  let zones = byStyle.get(style);
  if (!zones) byStyle.set(style, (zones = new Map()));
  let formatter = zones.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(style.locale, { ...style.options, timeZone });
    zones.set(timeZone, formatter);
  }
  return formatter;
}
