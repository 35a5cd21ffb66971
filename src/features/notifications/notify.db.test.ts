import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { jobs } from '../../platform/jobs';
import {
  createTestTenant,
  createTestUser,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import { setUserDisabled, updateUser } from '../accounts';
import { DELIVER_JOB } from './deliver-job';
import type { Notice } from './notification-events';
import type { UpdateNotificationSettingsInput } from './notification.schemas';
import { setNotificationLinkBase } from './notification-links';
import { saveNotificationSettings } from './notifications.test-support';
import { notifications, outboxMessages } from './notifications.table';
import { notify } from './notify';

let a: TestTenant;
let b: TestTenant;
let managerId: string;
let retiredId: string;
const clock = manualClock('2026-11-28T02:00:00Z');
const file = testDatabaseForFile({
  setUp: async ({ db }) => {
    a = await createTestTenant(db, clock, 'Tenant A');
    b = await createTestTenant(db, clock, 'Tenant B');
    const manager = await createTestUser(db, a, {
      username: `mgr-${a.suffix}`,
      displayName: '服务经理',
      roles: ['service_manager'],
      email: 'Manager@Example.com',
    });
    managerId = manager.user.id;
    const retired = await createTestUser(db, a, {
      username: `old-${a.suffix}`,
      displayName: '离职调度',
      roles: ['dispatcher'],
      email: 'old@example.com',
    });
    retiredId = retired.user.id;
    await inTenant(db, a.tenantId, async (tx) => {
      await setUserDisabled(tx, a.admin, retiredId, { disabled: true, reason: '离职' });
      await updateUser(tx, a.admin, a.dispatcher.user.id, { email: 'desk@example.com' });
    });
  },
});
const db = () => file.db;
const saveSettings = (changes: Partial<UpdateNotificationSettingsInput>) =>
  saveNotificationSettings(db(), a, changes);

const breach: Notice<'sla.breached'> = {
  event: 'sla.breached',
  params: { number: 'WO-20261128-0007', kind: 'onSite', dueAt: '2026-11-28T06:30:00.000Z' },
  to: { roles: ['dispatcher', 'service_manager'] },
  link: '/work-orders/1b7f7d3e-0000-4000-8000-000000000001',
};

const notifyA = (notice: Notice) =>
  inTenant(db(), a.tenantId, (tx) => notify(tx, a.tenantId, clock, notice));

const inAppOf = (tenantId: string) =>
  inTenant(db(), tenantId, (tx) =>
    tx.select().from(notifications).where(eq(notifications.tenantId, tenantId)),
  );
const outboxOf = (tenantId: string) =>
  inTenant(db(), tenantId, (tx) =>
    tx.select().from(outboxMessages).where(eq(outboxMessages.tenantId, tenantId)),
  );
const writtenNow = <T extends { createdAt: Date }>(rows: T[]) =>
  rows.filter((row) => row.createdAt.getTime() === now());

// Each test runs a minute later and reads what was written at its own time.
beforeEach(() => clock.advance(60_000));
const now = () => clock.now().getTime();

describe('notify', () => {
  it('notifies active users holding a role, and the users named, once each, in this tenant only', async () => {
    await notifyA({
      ...breach,
      to: {
        roles: ['dispatcher', 'service_manager'],
        userIds: [a.technician.user.id, a.dispatcher.user.id, retiredId],
      },
    });
    const written = writtenNow(await inAppOf(a.tenantId));
    expect(written.map((n) => n.userId).sort()).toEqual(
      [a.dispatcher.user.id, managerId, a.technician.user.id].sort(),
    );
    expect(written[0]).toMatchObject({
      event: 'sla.breached',
      params: breach.params,
      link: breach.link,
      readAt: null,
      createdAt: clock.now(),
    });
    expect(await inAppOf(b.tenantId)).toEqual([]);
    expect(written.map((n) => n.userId)).not.toContain(b.dispatcher.user.id);
  });

  it('writes no outbox message while e-mail and the robots are off', async () => {
    await notifyA(breach);
    expect(writtenNow(await inAppOf(a.tenantId))).toHaveLength(2);
    expect(await outboxOf(a.tenantId)).toEqual([]);
  });

  it('e-mails each recipient with an address when e-mail is on, with a delivery job each', async () => {
    await saveSettings({
      emailEnabled: true,
      smtpHost: 'smtp.example.com',
      smtpPort: 25,
      smtpFrom: 'service@example.com',
    });
    setNotificationLinkBase('https://service.example.com/');
    await notifyA({ ...breach, to: { ...breach.to, userIds: [a.technician.user.id] } });
    const mails = writtenNow(await outboxOf(a.tenantId));

    // The technician has no address; the manager's is kept in lower case.
    expect(mails.map((m) => [m.channel, m.recipient]).sort()).toEqual([
      ['email', 'desk@example.com'],
      ['email', 'manager@example.com'],
    ]);
    const mail = mails[0]!;
    expect(mail).toMatchObject({ event: 'sla.breached', state: 'pending', attempts: 0 });
    expect(mail.subject).toBe(
      '工单 WO-20261128-0007 已超过到场时限 / Work order WO-20261128-0007: on-site deadline missed',
    );
    expect(mail.body).toContain('工单 WO-20261128-0007 的到场时限 2026-11-28 14:30 已过');
    expect(mail.body).toContain('missed its on-site deadline of 2026-11-28 14:30');
    expect(mail.body).toContain(
      'https://service.example.com/work-orders/1b7f7d3e-0000-4000-8000-000000000001',
    );
    expect(mail.body.indexOf('工单')).toBeLessThan(mail.body.indexOf('Work order'));

    const queued = await db()
      .select()
      .from(jobs)
      .where(
        and(eq(jobs.tenantId, a.tenantId), eq(jobs.kind, DELIVER_JOB), eq(jobs.state, 'pending')),
      );
    for (const m of mails)
      expect(queued.filter((j) => j.payload.messageId === m.id)).toMatchObject([
        { runAt: clock.now(), attempts: 0 },
      ]);
    setNotificationLinkBase(undefined);
  });

  it('posts to the robots only the events chosen for them', async () => {
    await saveSettings({
      wecomEnabled: true,
      wecomWebhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
      dingtalkEnabled: true,
      dingtalkWebhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=xyz',
      robotEvents: ['sla.breached'],
    });
    await notifyA(breach);
    await notifyA({
      event: 'workOrder.assigned',
      params: { number: 'WO-20261128-0008', customer: '人民医院' },
      to: { userIds: [a.technician.user.id] },
    });
    const fresh = writtenNow(await outboxOf(a.tenantId));
    expect(fresh.map((m) => [m.event, m.channel, m.recipient]).sort()).toEqual([
      ['sla.breached', 'dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=xyz'],
      ['sla.breached', 'wecom', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc'],
    ]);
    expect(fresh[0]!.body).toContain('/work-orders/1b7f7d3e-0000-4000-8000-000000000001');
  });

  it('leaves nothing behind when the caller rolls back: no notification, message or job', async () => {
    await saveSettings({
      emailEnabled: true,
      smtpHost: 'smtp.example.com',
      smtpPort: 25,
      smtpFrom: 'service@example.com',
      wecomEnabled: true,
      wecomWebhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
      robotEvents: ['sla.breached'],
    });
    const counts = async () => [
      (await inAppOf(a.tenantId)).length,
      (await outboxOf(a.tenantId)).length,
      (await db().select().from(jobs).where(eq(jobs.tenantId, a.tenantId))).length,
    ];
    const before = await counts();
    await expect(
      inTenant(db(), a.tenantId, async (tx) => {
        await notify(tx, a.tenantId, clock, breach);
        throw new Error('the order change failed');
      }),
    ).rejects.toThrow('the order change failed');
    expect(await counts()).toEqual(before);

    // The same notice in a transaction that commits writes all three.
    await notifyA(breach);
    const after = await counts();
    expect(after[0]! - before[0]!).toBe(2); // dispatcher and manager
    expect(after[1]! - before[1]!).toBe(3); // two e-mails and the 企业微信 robot
    expect(after[2]! - before[2]!).toBe(3);
  });
});
