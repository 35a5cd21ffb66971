import { describe, expect, it } from 'vitest';
import { parseSerialNumbers, serialProblems } from './serialNumbers';

describe('parseSerialNumbers', () => {
  it('takes one serial per scanned line', () => {
    expect(parseSerialNumbers('SN001\nSN002\r\nSN003\n')).toEqual(['SN001', 'SN002', 'SN003']);
  });

  it('takes typed lists separated by commas (also Chinese ones), semicolons or blanks', () => {
    expect(parseSerialNumbers(' SN1, SN2，SN3;SN4；SN5 SN6、SN7 ')).toEqual([
      'SN1',
      'SN2',
      'SN3',
      'SN4',
      'SN5',
      'SN6',
      'SN7',
    ]);
  });

  it('gives nothing for empty input', () => {
    expect(parseSerialNumbers('')).toEqual([]);
    expect(parseSerialNumbers(' \n , ')).toEqual([]);
    expect(parseSerialNumbers(undefined)).toEqual([]);
  });
});

describe('serialProblems', () => {
  it('accepts one distinct serial per unit', () => {
    expect(serialProblems(['A', 'B'], 2)).toEqual([]);
  });

  it('says when the count differs from the quantity', () => {
    expect(serialProblems(['A'], 3)).toEqual([{ kind: 'count', expected: 3, actual: 1 }]);
    expect(serialProblems(['A', 'B'], 1)).toEqual([{ kind: 'count', expected: 1, actual: 2 }]);
  });

  it('without a quantity, takes any number of serials but at least one', () => {
    expect(serialProblems(['A', 'B', 'C'])).toEqual([]);
    expect(serialProblems([])).toEqual([{ kind: 'count', expected: 1, actual: 0 }]);
  });

  it('names each serial given twice, once', () => {
    expect(serialProblems(['A', 'B', 'A', 'A'], 4)).toEqual([
      { kind: 'duplicate', serials: ['A'] },
    ]);
  });

  it('refuses serials longer than the API takes', () => {
    const long = 'X'.repeat(101);
    expect(serialProblems([long], 1)).toEqual([{ kind: 'tooLong', serials: [long] }]);
    expect(serialProblems(['X'.repeat(100)], 1)).toEqual([]);
  });
});
