import { describe, expect, it } from 'vitest';
import { homePathFor } from './homePathFor';

describe('homePathFor', () => {
  it('sends each role to its start page', () => {
    expect(homePathFor(['technician'])).toBe('/my-work-orders');
    expect(homePathFor(['admin'])).toBe('/users');
    expect(homePathFor(['dispatcher'])).toBe('/work-orders');
    expect(homePathFor(['service_manager', 'technician'])).toBe('/work-orders');
  });
});
