import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { goodPartsBody, receiveBackBody, testBody } from '../../repair-return.schemas';
import { fieldIssues, formFieldOf } from './schemaErrors';

const issuesOf = (schema: z.ZodType, body: unknown) => {
  const result = schema.safeParse(body);
  if (result.success) throw new Error('expected the body to fail');
  return fieldIssues(result.error.issues);
};

describe('fieldIssues: the request schema speaks to the form', () => {
  it('names a blank text as required and a long one by its limit', () => {
    const issues = issuesOf(testBody, {
      version: 1,
      testResult: '   ',
      cause: 'product_fault',
      expectedReturnOn: '2026-12-01',
    });
    expect(issues).toEqual([{ path: ['testResult'], text: { key: 'required' } }]);
    const long = issuesOf(testBody, {
      version: 1,
      testResult: 'x'.repeat(4001),
      cause: 'product_fault',
      expectedReturnOn: '2026-12-01',
    });
    expect(long).toEqual([{ path: ['testResult'], text: { key: 'maxLength', max: 4000 } }]);
  });

  it('reads a missing choice as required and a malformed date as invalid', () => {
    const issues = issuesOf(testBody, { version: 1, testResult: 'ok', expectedReturnOn: '1.12.' });
    expect(issues).toEqual([
      { path: ['cause'], text: { key: 'required' } },
      { path: ['expectedReturnOn'], text: { key: 'invalid' } },
    ]);
  });

  it('puts a refinement on the field it names (the new serial when replaced)', () => {
    expect(issuesOf(receiveBackBody, { version: 3, outcome: 'replaced' })).toEqual([
      { path: ['replacementSerial'], text: { key: 'required' } },
    ]);
    expect(issuesOf(receiveBackBody, { version: 3, outcome: 'refused' })).toEqual([
      { path: ['note'], text: { key: 'required' } },
    ]);
  });

  it('keeps list positions, and reports counts and number limits', () => {
    const issues = issuesOf(goodPartsBody, {
      warehouseId: '6f1c1b0e-8f0a-4a37-9a39-2c3b2a1d0e01',
      lines: [{ partId: '6f1c1b0e-8f0a-4a37-9a39-2c3b2a1d0e02', quantity: 0 }],
    });
    expect(issues).toEqual([{ path: ['lines', 0, 'quantity'], text: { key: 'min', min: 1 } }]);
    expect(issuesOf(goodPartsBody, { warehouseId: 'not-an-id', lines: [] })).toEqual([
      { path: ['warehouseId'], text: { key: 'invalid' } },
      { path: ['lines'], text: { key: 'atLeastItems', min: 1 } },
    ]);
  });

  it('reports one message per field, the first', () => {
    const schema = z.object({ a: z.string().min(1).max(2).regex(/x/) });
    expect(issuesOf(schema, { a: '' })).toHaveLength(1);
  });
});

describe('formFieldOf', () => {
  it('keeps a path the form shares with the body', () => {
    expect(formFieldOf(['lines', 2, 'partId'])).toEqual(['lines', 2, 'partId']);
  });

  it('renames by the whole path first, then by the first part', () => {
    const fieldOf = { 'loan.dueOn': 'dueOn', quoteCents: 'quoteYuan', lines: ['parts'] };
    expect(formFieldOf(['loan', 'dueOn'], fieldOf)).toEqual(['dueOn']);
    expect(formFieldOf(['quoteCents'], fieldOf)).toEqual(['quoteYuan']);
    expect(formFieldOf(['lines', 0, 'quantity'], fieldOf)).toEqual(['parts', 0, 'quantity']);
  });
});
