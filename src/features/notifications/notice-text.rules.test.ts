import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTime, renderNotice, renderTestMessage } from './notice-text.rules';
import { NOTIFICATION_EVENTS, type NotificationEventParams } from './notification-events';

const SAMPLE: { [E in keyof NotificationEventParams]: NotificationEventParams[E] } = {
  'sla.warning': { number: 'WO-1', kind: 'response', dueAt: '2026-11-28T01:30:00.000Z' },
  'sla.breached': { number: 'WO-1', kind: 'onSite', dueAt: '2026-11-28T01:30:00.000Z' },
  'workOrder.assigned': { number: 'WO-1', customer: '人民医院' },
  'workOrder.rescheduled': { number: 'WO-1', start: '2026-11-29T06:00:00Z', reason: '客户开会' },
  'workOrder.carRequested': { number: 'WO-1', technician: '维修一', reason: '设备重' },
  'workOrder.carDecided': { number: 'WO-1', decision: 'declined' },
  'workOrder.handedOver': { number: 'WO-1', from: '维修一', to: '维修二', reason: '技能' },
  'workOrder.revisit': { number: 'WO-1', reason: '缺配件' },
  'workOrder.quoteAwaiting': { number: 'WO-1', amount: '¥350.00' },
  'workOrder.replacementAdvised': { number: 'WO-1' },
  'workOrder.takenBack': { number: 'WO-1', returnNumber: 'RR-20261128-0001' },
  'repairReturn.quoteAwaiting': { number: 'RR-1', amount: '¥120.00' },
  'repairReturn.handedOver': { number: 'RR-1', technician: '维修一' },
  'repairReturn.chaseDue': { number: 'RR-1', vendor: '联想售后' },
  'repairReturn.chaseOverdue': {
    number: 'RR-1',
    vendor: '联想售后',
    dueAt: '2026-11-28T01:30:00Z',
  },
  'repairReturn.noticeDue': { number: 'RR-1', customer: '人民医院' },
  'repairReturn.ready': { number: 'RR-1', customer: '人民医院' },
  'inventory.belowReorder': { part: 'P-FUSER', warehouse: '中心库', quantity: 1, reorderLevel: 2 },
  'loan.overdue': { code: 'L-01', customer: '人民医院', dueOn: '2026-12-01' },
};

describe('renderNotice', () => {
  it('names its record in every event, zh-CN first and the English below', () => {
    for (const event of NOTIFICATION_EVENTS) {
      const { subject, body } = renderNotice(event, SAMPLE[event], { timeZone: 'Asia/Shanghai' });
      expect(subject).toContain(String(Object.values(SAMPLE[event])[0]));
      const [zh, en] = subject.split(' / ');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]{2}/);
      expect(body.indexOf(zh!)).toBe(0);
      expect(body.indexOf(en!)).toBeGreaterThan(0);
      expect(body).not.toContain('undefined');
    }
  });

  it('shows times in the tenant zone and the kind of clock in words', () => {
    const { body } = renderNotice('sla.warning', SAMPLE['sla.warning'], {
      timeZone: 'Asia/Shanghai',
    });
    expect(body).toContain('工单 WO-1 的响应时限将于 2026-11-28 09:30 到期');
    expect(body).toContain('The response deadline of work order WO-1 is at 2026-11-28 09:30.');
  });

  it('ends with the link when there is one', () => {
    const { body } = renderNotice('workOrder.revisit', SAMPLE['workOrder.revisit'], {
      timeZone: 'Asia/Shanghai',
      link: 'https://x.example/work-orders/1',
    });
    expect(body.split('\n').at(-1)).toBe('查看 / Open: https://x.example/work-orders/1');
  });

  it('says which way a car request went', () => {
    const declined = renderNotice('workOrder.carDecided', SAMPLE['workOrder.carDecided'], {
      timeZone: 'Asia/Shanghai',
    });
    expect(declined.subject).toBe(
      '工单 WO-1 用车申请未获批准 / Company car declined for work order WO-1',
    );
  });

  it('renders a test message naming the company and who asked', () => {
    const { subject, body } = renderTestMessage('银川服务', '管理员');
    expect(subject).toBe('银川服务：测试消息 / 银川服务: test message');
    expect(body).toContain('管理员');
  });
});

describe('localTime', () => {
  it('reads an instant on the tenant wall clock, minute precision', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          // China keeps UTC+8 all year.
          const expected = new Date(date.getTime() + 8 * 3600_000).toISOString();
          expect(localTime(date.toISOString(), 'Asia/Shanghai')).toBe(
            `${expected.slice(0, 10)} ${expected.slice(11, 16)}`,
          );
        },
      ),
    );
  });

  it('leaves anything that is not an ISO instant as it is', () => {
    expect(localTime('明天上午', 'Asia/Shanghai')).toBe('明天上午');
    expect(localTime('2026-13-45T99:00:00Z', 'Asia/Shanghai')).toBe('2026-13-45T99:00:00Z');
  });
});
