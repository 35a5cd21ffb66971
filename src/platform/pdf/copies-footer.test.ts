import { describe, expect, it } from 'vitest';
import { type CopiesFooter, withCopiesFooter } from './copies-footer';

const footer: CopiesFooter = {
  labels: ['客户联', '调度联'],
  pageText: '第 {{page}} 页 / 共 {{pages}} 页',
  fontSize: 8,
  color: '#666666',
  margin: [0, 0, 0, 0],
};

describe('withCopiesFooter', () => {
  it("numbers each copy's pages on its own", () => {
    const doc = withCopiesFooter({ content: [{ section: [] }, { section: [] }] }, footer);
    const sections = doc.content as unknown as { footer: (p: number, n: number) => unknown }[];
    // Six pages in all: three per copy; page 5 is the second copy's page 2.
    expect(sections[1]!.footer(5, 6)).toMatchObject({
      columns: [{ text: '调度联' }, { text: '第 2 页 / 共 3 页' }],
    });
    expect(sections[0]!.footer(3, 6)).toMatchObject({
      columns: [{ text: '客户联' }, { text: '第 3 页 / 共 3 页' }],
    });
  });

  it('refuses content that is not one section per copy', () => {
    expect(() => withCopiesFooter({ content: [{ section: [] }] }, footer)).toThrow(/one content/);
  });
});
