import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { meetServiceClock, pauseServiceClocks } from '../sla';
import { addPart } from './add-part';
import { addPhoto, PHOTOS_PER_ORDER } from './add-photo';
import { approveQuote } from './approve-quote';
import { cancelWorkOrder } from './cancel-work-order';
import { closeWorkOrder } from './close-work-order';
import { getOnSite } from './get-on-site';
import { getOrderImage } from './get-order-image';
import { DEFAULT_SERVICE_SETTINGS, getServiceSettings } from './get-service-settings';
import { getWorkOrder } from './get-work-order';
import { getWorkOrderHistory } from './get-work-order-history';
import { listWorkOrders } from './list-work-orders';
import {
  code,
  FAKE_PNG_DATA_URL,
  onSiteWorldForFile,
  orderAwaitingApproval,
  orderFor,
  PNG_BYTES,
  PNG_DATA_URL,
  setUpOnSiteWorld,
} from './on-site.test-fixtures';
import { planVisit } from './plan-visit';
import { removePart } from './remove-part';
import { scheduleVisit } from './schedule-visit';
import { updateServiceSettings } from './update-service-settings';
import { listWorkOrdersQuery } from './work-order.schemas';

const clock = manualClock('2026-11-28T02:00:00Z');
const w = onSiteWorldForFile(clock);

const part = {
  name: '搓纸轮',
  partNumber: 'RM2-5452',
  quantity: 2,
  unitPriceCents: 3_500,
  covered: false,
};

describe('parts used', () => {
  it('are recorded and removed by the assigned technician or the desk until the order closes', async () => {
    const { t } = w;
    const order = await orderFor(w);
    const mine = await w.as((tx) => addPart(tx, t.technician, order.id, part));
    expect(mine).toMatchObject({ ...part, id: expect.any(String) });
    const desks = await w.as((tx) =>
      addPart(tx, t.dispatcher, order.id, { ...part, partNumber: undefined, quantity: 1 }),
    );
    expect(desks.partNumber).toBeNull();
    expect(await code(w.as((tx) => addPart(tx, t.technician2, order.id, part)))).toBe('NOT_FOUND');
    expect(await code(w.as((tx) => addPart(tx, w.clerk, order.id, part)))).toBe('FORBIDDEN');
    await w.as((tx) => removePart(tx, t.technician, order.id, desks.id));
    expect(await code(w.as((tx) => removePart(tx, t.technician, order.id, desks.id)))).toBe(
      'NOT_FOUND',
    );
    expect((await w.as((tx) => getOnSite(tx, t.technician, order.id))).parts).toEqual([mine]);
    const history = await w.as((tx) => getWorkOrderHistory(tx, t.dispatcher, order.id));
    expect(history.filter((h) => h.action.endsWith('Part')).map((h) => h.action)).toEqual([
      'workOrder.addPart',
      'workOrder.addPart',
      'workOrder.removePart',
    ]);

    await w.as((tx) => closeWorkOrder(tx, t.technician, order.id, { resolution: '电话解决' }));
    expect(await code(w.as((tx) => addPart(tx, t.technician, order.id, part)))).toBe(
      'CANNOT_CHANGE_CLOSED',
    );
    expect(await code(w.as((tx) => removePart(tx, t.dispatcher, order.id, mine.id)))).toBe(
      'CANNOT_CHANGE_CLOSED',
    );
  });
});

describe('photos and signature images', () => {
  it('keeps a photo judged by its bytes and serves it only to who may read the order', async () => {
    const { t } = w;
    const order = await orderFor(w);
    const photo = await w.as((tx) =>
      addPhoto(tx, t.technician, order.id, { dataUrl: PNG_DATA_URL.replace('png', 'jpeg') }),
    );
    const file = await w.as((tx) => getOrderImage(tx, t.dispatcher, order.id, 'photo', photo.id));
    expect(file.contentType).toBe('image/png');
    expect(file.data.equals(PNG_BYTES)).toBe(true);
    const other = await orderFor(w);
    for (const [who, orderId, id] of [
      [t.technician2, order.id, photo.id],
      [t.dispatcher, other.id, photo.id],
      [t.dispatcher, order.id, other.id],
    ] as const)
      expect(await code(w.as((tx) => getOrderImage(tx, who, orderId, 'photo', id)))).toBe(
        'NOT_FOUND',
      );
    expect(
      await code(w.as((tx) => getOrderImage(tx, t.dispatcher, order.id, 'signature', photo.id))),
    ).toBe('NOT_FOUND');
  });

  it('refuses bytes that are no image, and a photo over 6 MB', async () => {
    const order = await orderFor(w);
    const add = (dataUrl: string) =>
      code(w.as((tx) => addPhoto(tx, w.t.technician, order.id, { dataUrl })));
    expect(await add(FAKE_PNG_DATA_URL)).toBe('PHOTO_NOT_IMAGE');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    expect(await add(`data:image/png;base64,${svg}`)).toBe('PHOTO_NOT_IMAGE');
    const big = Buffer.concat([PNG_BYTES, Buffer.alloc(6 * 1024 * 1024)]).toString('base64');
    expect(await add(`data:image/png;base64,${big}`)).toBe('PHOTO_TOO_LARGE');
    expect((await w.as((tx) => getOnSite(tx, w.t.technician, order.id))).photos).toEqual([]);
  });

  it(`takes at most ${PHOTOS_PER_ORDER} photos per order`, async () => {
    const order = await orderFor(w);
    for (let i = 0; i < PHOTOS_PER_ORDER; i++)
      await w.as((tx) => addPhoto(tx, w.t.technician, order.id, { dataUrl: PNG_DATA_URL }));
    expect(
      await code(w.as((tx) => addPhoto(tx, w.t.technician, order.id, { dataUrl: PNG_DATA_URL }))),
    ).toBe('TOO_MANY_PHOTOS');
  });

  it('serves a drawn signature to who may read the order', async () => {
    const { t } = w;
    const { order } = await orderAwaitingApproval(w);
    await w.as((tx) =>
      approveQuote(tx, t.technician, order.id, {
        method: 'signature',
        signerName: '王老师',
        signaturePng: PNG_DATA_URL,
      }),
    );
    const [signature] = (await w.as((tx) => getOnSite(tx, t.technician, order.id))).signatures;
    const file = await w.as((tx) =>
      getOrderImage(tx, t.technician, order.id, 'signature', signature!.id),
    );
    expect(file.data.equals(PNG_BYTES)).toBe(true);
  });
});

describe('service settings', () => {
  it('gives the defaults until saved, then saves against the version read', async () => {
    const other = await setUpOnSiteWorld(w.db, clock);
    const read = () => other.as((tx) => getServiceSettings(tx, other.t.tenantId));
    expect(await read()).toEqual(DEFAULT_SERVICE_SETTINGS);
    const changed = { ...DEFAULT_SERVICE_SETTINGS, replacementThresholdPercent: 40 };
    const saved = await other.as((tx) => updateServiceSettings(tx, other.t.admin, changed));
    expect(saved).toMatchObject({ replacementThresholdPercent: 40, version: 1 });
    expect(await code(other.as((tx) => updateServiceSettings(tx, other.t.admin, changed)))).toBe(
      'CONFLICT',
    );
    const again = await other.as((tx) =>
      updateServiceSettings(tx, other.t.admin, { ...saved, slaWarnPercent: 70 }),
    );
    expect(again).toMatchObject({
      replacementThresholdPercent: 40,
      slaWarnPercent: 70,
      version: 2,
    });
    // Each tenant has its own.
    expect((await w.as((tx) => getServiceSettings(tx, w.t.tenantId))).version).toBe(0);
  });
});

describe('lists', () => {
  it("shows each row's next deadline, from one batched read", async () => {
    const order = await orderFor(w);
    const list = await w.as((tx) =>
      listWorkOrders(tx, w.t.dispatcher, listWorkOrdersQuery.parse({ pageSize: 100 })),
    );
    const row = list.items.find((o) => o.id === order.id)!;
    expect(row.nextDeadline).toMatchObject({ kind: 'response', state: 'running' });
    await w.as((tx) => cancelWorkOrder(tx, w.t.dispatcher, order.id, { reason: '误报' }));
    const after = await w.as((tx) =>
      listWorkOrders(tx, w.t.dispatcher, listWorkOrdersQuery.parse({ status: 'cancelled' })),
    );
    expect(after.items.find((o) => o.id === order.id)!.nextDeadline).toBeNull();
  });

  it('shows on each row the next deadline its detail shows, met and paused clocks passed over', async () => {
    const met = await orderFor(w);
    await w.as((tx) => meetServiceClock(tx, w.t.technician, met.id, 'response'));
    const paused = await orderFor(w);
    await w.as((tx) => pauseServiceClocks(tx, w.t.dispatcher, paused.id));
    const list = await w.as((tx) =>
      listWorkOrders(tx, w.t.dispatcher, listWorkOrdersQuery.parse({ pageSize: 100 })),
    );
    for (const item of list.items) {
      const detail = await w.as((tx) => getWorkOrder(tx, w.t.dispatcher, item.id));
      expect(item.nextDeadline).toEqual(detail.nextDeadline);
    }
    const rowOf = (id: string) => list.items.find((o) => o.id === id)!;
    expect(rowOf(met.id).nextDeadline).toMatchObject({ kind: 'onSite', state: 'running' });
    expect(rowOf(paused.id).nextDeadline).toMatchObject({ kind: 'response', state: 'paused' });
  });

  it('gives a technician their jobs of a day in visit order: agreed time, then the route', async () => {
    const { t } = w;
    const at = (iso: string) => new Date(iso);
    const plan = async (sequence: number, start: string) => {
      const order = await orderFor(w);
      await w.as((tx) =>
        planVisit(tx, t.dispatcher, order.id, {
          technicianId: t.technician.user.id,
          plannedStart: at(start),
          routeSequence: sequence,
          reason: '日计划',
        }),
      );
      return order;
    };
    // 2026-12-01 in 银川 (UTC+8): planned at 09:00, 10:30 and 14:00 local; one the next day.
    const third = await plan(3, '2026-12-01T06:00:00Z');
    const first = await plan(1, '2026-12-01T01:00:00Z');
    const second = await plan(2, '2026-12-01T02:30:00Z');
    await plan(1, '2026-12-02T01:00:00Z');
    // The customer of the third agreed 08:30 with the technician: it comes first now.
    await w.as((tx) =>
      scheduleVisit(tx, t.technician, third.id, {
        start: '2026-12-01T00:30:00Z',
        end: '2026-12-01T01:00:00Z',
        warrantyTold: true,
        chargesTold: true,
      }),
    );
    const day = await w.as((tx) =>
      listWorkOrders(
        tx,
        t.technician,
        listWorkOrdersQuery.parse({ mine: 'true', day: '2026-12-01' }),
      ),
    );
    expect(day.items.map((o) => o.id)).toEqual([third.id, first.id, second.id]);
    expect(day.total).toBe(3);
    const theirs = await w.as((tx) =>
      listWorkOrders(
        tx,
        t.technician2,
        listWorkOrdersQuery.parse({ mine: 'true', day: '2026-12-01' }),
      ),
    );
    expect(theirs.total).toBe(0);
  });
});
