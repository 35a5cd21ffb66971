import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../web/i18n/en';
import { zhCN } from '../../../web/i18n/zh-CN';
import { NOTIFICATION_EVENTS } from '../notification-events';
import { eventName, noticeText } from './noticeText';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

const params = {
  number: 'WO-20261128-0001',
  kind: 'onSite',
  dueAt: '2026-11-28T06:30:00.000Z',
  customer: '人民医院',
  start: '2026-11-29T01:00:00.000Z',
  reason: '客户开会',
  technician: '维修一',
  decision: 'approved',
  from: '维修一',
  to: '维修二',
  amount: '¥350.00',
  returnNumber: 'RR-1',
  vendor: '联想售后',
  part: 'P-FUSER 定影组件',
  warehouse: '中心库',
  quantity: 1,
  reorderLevel: 2,
  code: 'LN-001',
  dueOn: '2026-12-01',
};

/** What names the record in each event's text: the part, the loaner, else the number. */
const named = (event: string) =>
  event.startsWith('inventory.')
    ? params.part
    : event.startsWith('loan.')
      ? params.code
      : params.number;

describe('noticeText', () => {
  it('has a text naming its record for every event, in both languages', async () => {
    for (const language of ['zh-CN', 'en']) {
      await i18n.changeLanguage(language);
      for (const event of NOTIFICATION_EVENTS) {
        const text = noticeText(i18n.t, { event, params });
        expect(text).toContain(named(event));
        expect(text).not.toMatch(/\{\{|notifications\./);
        expect(eventName(i18n.t, event)).not.toMatch(/notifications\./);
      }
    }
  });

  it('puts the clock kind and the decision into words', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(noticeText(i18n.t, { event: 'sla.breached', params })).toMatch(
      /^工单 WO-20261128-0001 已超过到场时限（2026-11-28 \d\d:30）$/,
    );
    expect(noticeText(i18n.t, { event: 'workOrder.carDecided', params })).toBe(
      '工单 WO-20261128-0001 的用车申请已批准',
    );
    await i18n.changeLanguage('en');
    expect(noticeText(i18n.t, { event: 'workOrder.carDecided', params })).toBe(
      'Company car for work order WO-20261128-0001: approved',
    );
  });

  it('still says something for an event it does not know', async () => {
    await i18n.changeLanguage('en');
    expect(noticeText(i18n.t, { event: 'parts.arrived', params })).toBe(
      'Notification (parts.arrived)',
    );
  });
});
