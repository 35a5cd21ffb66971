import { is, Placeholder, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { StatementValues } from './statement-values';

describe('StatementValues', () => {
  it('turns values into placeholders named after their row and keeps the values', () => {
    const late = new StatementValues();
    const row = late.row('order', { number: 'WO-1', urgency: 'urgent', lat: 38.5 });
    expect(Object.values(row).every((value) => is(value, Placeholder))).toBe(true);
    expect(late.values).toEqual({
      'order.number': 'WO-1',
      'order.urgency': 'urgent',
      'order.lat': 38.5,
    });
  });

  it('has one shape for the same fields, and another when a field is null, absent or SQL', () => {
    const shapeOf = (row: Record<string, unknown>) => {
      const late = new StatementValues();
      late.rows('job', [row, { kind: 'sla.warn' }]);
      return late.shape;
    };
    const shapes = [
      shapeOf({ kind: 'a', key: 'k1' }),
      shapeOf({ kind: 'b', key: 'k2' }),
      shapeOf({ kind: 'a', key: null }),
      shapeOf({ kind: 'a', key: undefined }),
      shapeOf({ kind: 'a' }),
      shapeOf({ kind: 'a', key: sql`(select 1)` }),
      shapeOf({ kind: 'a', key: sql`(select 2)` }),
    ];
    expect(shapes[0]).toBe(shapes[1]);
    expect(new Set(shapes.slice(1)).size).toBe(shapes.length - 1);
  });

  it('keeps SQL without parameters in the text and refuses SQL with parameters', () => {
    const late = new StatementValues();
    const constant = sql`(select "id" from "link")`;
    expect(late.row('order', { callId: constant }).callId).toBe(constant);
    expect(() => late.row('order', { callId: sql`(select ${'x'})` })).toThrow(/parameters/);
  });

  it('shares one placeholder for a shared field, whose rows must agree', () => {
    const late = new StatementValues(['tenantId']);
    const [a, b] = late.rows('job', [{ tenantId: 't1' }, { tenantId: 't1' }]);
    expect(a!.tenantId).toBe(b!.tenantId);
    expect(late.values).toEqual({ tenantId: 't1' });
    expect(() => late.row('head', { tenantId: 't2' })).toThrow(/two values/);
  });
});
