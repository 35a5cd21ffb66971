import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uncheckedItems } from './arrival-checklist.rules';

const CHECKLIST = ['整理着装仪表', '佩戴工牌', '进门穿戴防污鞋套', '告知客户到达'];

describe('uncheckedItems', () => {
  it('lists the items not ticked, in the checklist order', () => {
    expect(
      uncheckedItems(CHECKLIST, [
        { item: '佩戴工牌', checked: true },
        { item: '告知客户到达', checked: false },
        { item: '别的', checked: true },
      ]),
    ).toEqual(['整理着装仪表', '进门穿戴防污鞋套', '告知客户到达']);
  });

  it('is empty once every item is ticked, in any order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(CHECKLIST, { minLength: 4 }),
        (order) =>
          uncheckedItems(
            CHECKLIST,
            order.map((item) => ({ item, checked: true })),
          ).length === 0,
      ),
    );
  });
});
