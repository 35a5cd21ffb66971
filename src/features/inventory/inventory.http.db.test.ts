import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { testAppForFile } from '../../../tests/support/file-setup';
import { signInAs } from '../../../tests/support/sign-in';
import { setUpStockWorld, type StockWorld } from './inventory.test-fixtures';

const clock = manualClock('2026-11-28T02:00:00Z');
let w: StockWorld;
let other: StockWorld;
const cookies: Record<string, string> = {};
const file = testAppForFile(clock, async ({ db, app }) => {
  w = await setUpStockWorld(db, clock);
  other = await setUpStockWorld(db, clock, 'Other company');
  cookies.keeper = await signInAs(app, w.keeper.user.username);
  cookies.clerk = await signInAs(app, w.clerk.user.username);
  cookies.technician = await signInAs(app, w.t.usernames.technician);
  cookies.technician2 = await signInAs(app, w.t.usernames.technician2);
  cookies.dispatcher = await signInAs(app, w.t.usernames.dispatcher);
  cookies.otherKeeper = await signInAs(app, other.keeper.user.username);
});

const call = (
  who: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  file.app.inject({
    method,
    url,
    payload,
    headers: { cookie: cookies[who] ?? '', 'accept-language': 'zh-CN', ...headers },
  });

describe('inventory routes', () => {
  it('answers 401 to a caller who is not signed in, and 403 to who may not change stock', async () => {
    for (const url of ['/api/parts', '/api/stock', '/api/warehouses', '/api/loaners'])
      expect((await call('nobody', 'GET', url)).statusCode).toBe(401);
    const part = await w.newPart();
    const receipt = { warehouseId: w.central.id, partId: part.id, quantity: 1 };
    for (const who of ['technician', 'dispatcher', 'clerk']) {
      const refused = await call(who, 'POST', '/api/stock/receive', receipt);
      expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await call('technician', 'GET', '/api/stock-counts')).statusCode).toBe(403);
    expect((await call('technician', 'POST', '/api/loaners', {})).statusCode).toBe(403);
  });

  it('creates a part once per Idempotency-Key, and receives a delivery once however often it is sent', async () => {
    const body = { code: 'HTTP-1', name: '定影组件', priceCents: 88_000, modelIds: [w.modelId] };
    const key = { 'idempotency-key': 'part-create-0001' };
    const first = await call('keeper', 'POST', '/api/parts', body, key);
    const again = await call('keeper', 'POST', '/api/parts', body, key);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json()).toEqual(first.json());
    const part = first.json();
    const taken = await call('keeper', 'POST', '/api/parts', body);
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'PART_CODE_TAKEN']);

    const receipt = { warehouseId: w.central.id, partId: part.id, quantity: 4, reason: '供应商 A' };
    const receiveKey = { 'idempotency-key': 'receive-0001' };
    for (let i = 0; i < 3; i++) {
      const received = await call('keeper', 'POST', '/api/stock/receive', receipt, receiveKey);
      expect(received.statusCode).toBe(200);
      expect(received.json()).toMatchObject({ quantity: 4, part: { id: part.id } });
    }
    clock.advance(60_000);
    const moved = await call('keeper', 'POST', '/api/stock/transfer', {
      fromWarehouseId: w.central.id,
      toWarehouseId: w.van.id,
      partId: part.id,
      quantity: 3,
    });
    expect(moved.json().map((r: { quantity: number }) => r.quantity)).toEqual([1, 3]);
    const level = await call('keeper', 'PUT', '/api/stock/reorder-level', {
      warehouseId: w.van.id,
      partId: part.id,
      reorderLevel: 3,
    });
    expect(level.json()).toMatchObject({ quantity: 3, reorderLevel: 3, belowReorder: true });
    const tooMany = await call(
      'keeper',
      'POST',
      '/api/stock/adjust',
      { warehouseId: w.van.id, partId: part.id, delta: -4, reason: '丢失' },
      { 'accept-language': 'en' },
    );
    expect([tooMany.statusCode, tooMany.json()]).toEqual([
      409,
      { code: 'INSUFFICIENT_STOCK', message: 'Not enough stock' },
    ]);

    const got = await call('technician', 'GET', `/api/parts/${part.id}`);
    expect(got.json()).toMatchObject({ totalQuantity: 4, models: [{ id: w.modelId }] });
    const ledger = await call('keeper', 'GET', `/api/stock/movements?partId=${part.id}`);
    expect(ledger.json().items.map((m: { kind: string }) => m.kind)).toEqual([
      'transfer',
      'receive',
    ]);
  });

  it('shows a technician their van and its stock only; another tenant sees none of it', async () => {
    const part = await w.newPart();
    await w.receive(w.central.id, part.id, 2);
    await w.receive(w.van.id, part.id, 1);
    const mine = await call('technician', 'GET', '/api/warehouses/mine');
    expect(mine.json()).toMatchObject({ id: w.van.id, kind: 'van' });
    expect((await call('technician2', 'GET', '/api/warehouses/mine')).statusCode).toBe(404);
    const stock = await call('technician', 'GET', `/api/stock?partId=${part.id}`);
    expect(stock.json()).toMatchObject({ total: 1, items: [{ warehouse: { id: w.van.id } }] });
    const desk = await call('dispatcher', 'GET', `/api/stock?partId=${part.id}`);
    expect(desk.json().total).toBe(2);

    expect((await call('otherKeeper', 'GET', `/api/parts/${part.id}`)).statusCode).toBe(404);
    const theirs = await call('otherKeeper', 'GET', `/api/stock?partId=${part.id}`);
    expect(theirs.json()).toEqual({ items: [], total: 0 });
    const theirMoves = await call('otherKeeper', 'GET', `/api/stock/movements?partId=${part.id}`);
    expect(theirMoves.json().total).toBe(0);
  });

  it('runs a stock count from creation to posting', async () => {
    const part = await w.newPart();
    await w.receive(w.outlet.id, part.id, 5);
    const created = await call('keeper', 'POST', '/api/stock-counts', {
      warehouseId: w.outlet.id,
    });
    expect(created.statusCode).toBe(201);
    const count = created.json();
    const lines = count.lines.map((l: { part: { id: string }; expectedQuantity: number }) => ({
      partId: l.part.id,
      countedQuantity: l.part.id === part.id ? 4 : l.expectedQuantity,
    }));
    const counted = await call('keeper', 'PUT', `/api/stock-counts/${count.id}/lines`, {
      version: 1,
      lines,
    });
    expect(counted.statusCode).toBe(200);
    const posted = await call('keeper', 'POST', `/api/stock-counts/${count.id}/post`, {
      version: 2,
    });
    expect(posted.json()).toMatchObject({ status: 'posted' });
    expect(await w.levelOf(w.outlet.id, part.id)).toBe(4);
    const list = await call('keeper', 'GET', '/api/stock-counts?status=posted');
    expect(list.json().items[0]).toMatchObject({ id: count.id, differences: 1 });
  });

  it('lends and takes back a loaner', async () => {
    const created = await call('clerk', 'POST', '/api/loaners', {
      code: 'BY-HTTP',
      modelId: w.modelId,
      serialNumber: 'SN-HTTP',
      warehouseId: w.central.id,
    });
    expect(created.statusCode).toBe(201);
    const loaner = created.json();
    const lent = await call('clerk', 'POST', `/api/loaners/${loaner.id}/lend`, {
      customerId: w.t.customer.id,
      dueOn: '2026-12-12',
    });
    expect(lent.json()).toMatchObject({ status: 'lent', currentLoan: { dueOn: '2026-12-12' } });
    const open = await call('technician', 'GET', '/api/loans?open=true');
    expect(open.json().items.map((l: { loaner: { id: string } }) => l.loaner.id)).toContain(
      loaner.id,
    );
    const back = await call('keeper', 'POST', `/api/loaners/${loaner.id}/return`, {
      conditionBack: '完好',
    });
    expect(back.json()).toMatchObject({ status: 'available', currentLoan: null });
    const retired = await call('keeper', 'POST', `/api/loaners/${loaner.id}/retire`, {
      reason: '老化',
    });
    expect(retired.json().status).toBe('retired');
    const again = await call('clerk', 'POST', `/api/loaners/${loaner.id}/lend`, {
      customerId: w.t.customer.id,
      dueOn: '2026-12-12',
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'LOANER_NOT_AVAILABLE']);
  });
});
