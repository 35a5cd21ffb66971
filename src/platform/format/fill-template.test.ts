import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template';

describe('fillTemplate', () => {
  it('fills known placeholders, every time they appear, and leaves unknown ones', () => {
    expect(fillTemplate('第 {{page}} 页 / 共 {{pages}} 页', { page: 1, pages: 2 })).toBe(
      '第 1 页 / 共 2 页',
    );
    expect(fillTemplate('{{a}} {{b}} {{a}}', { a: 'x' })).toBe('x {{b}} x');
    expect(fillTemplate('{{ a }} {a}', { a: 'x' })).toBe('{{ a }} {a}');
  });
});
