import { describe, expect, it } from 'vitest';
import { type ClockStyle, zoneFormatter } from './zone-formatter';

const hourStyle: ClockStyle = { locale: 'en-GB', options: { hour: '2-digit', hourCycle: 'h23' } };

describe('zoneFormatter', () => {
  it('formats in the zone asked for, and makes one formatter per style and zone', () => {
    const noonUtc = new Date('2026-11-28T12:00:00Z');
    expect(zoneFormatter(hourStyle, 'Asia/Shanghai').format(noonUtc)).toBe('20');
    expect(zoneFormatter(hourStyle, 'Europe/London').format(noonUtc)).toBe('12');
    expect(zoneFormatter(hourStyle, 'Asia/Shanghai')).toBe(
      zoneFormatter(hourStyle, 'Asia/Shanghai'),
    );
    const other: ClockStyle = { locale: 'en-GB', options: { minute: '2-digit' } };
    expect(zoneFormatter(other, 'Asia/Shanghai')).not.toBe(
      zoneFormatter(hourStyle, 'Asia/Shanghai'),
    );
  });
});
