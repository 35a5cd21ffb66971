import { describe, expect, it } from 'vitest';
import { navigationHref, telHref } from './links';

describe('links on the job page', () => {
  it('dials the number without spaces, brackets or dashes', () => {
    expect(telHref('0951-555 1234')).toBe('tel:09515551234');
    expect(telHref('+86 (139) 0951-2345')).toBe('tel:+8613909512345');
  });

  it('navigates to the coordinates when known, else searches the address', () => {
    expect(
      navigationHref({ name: '总医院', address: '银川市', location: { lat: 38.47, lng: 106.27 } }),
    ).toBe(
      `https://uri.amap.com/marker?position=106.27,38.47&name=${encodeURIComponent('总医院')}&callnative=1`,
    );
    expect(navigationHref({ name: 'x', address: '银川市兴庆区胜利街804号', location: null })).toBe(
      `https://uri.amap.com/search?keyword=${encodeURIComponent('银川市兴庆区胜利街804号')}&callnative=1`,
    );
    expect(navigationHref({ name: 'x', address: null, location: null })).toBeNull();
  });
});
