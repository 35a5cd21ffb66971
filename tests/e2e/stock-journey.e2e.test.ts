import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, DESKTOP } from './dispatch-steps';
import { login } from './journey-steps';
import {
  type Api,
  assignedOrder,
  confirmedThroughApi,
  m,
  openJobFromList,
  phoneContext,
  sheet,
  submitStep,
} from './phone-steps';
import { startTestServer } from './start-test-server';
import { choose, confirmDialog, ledgerRows, onHand, openDialog } from './stock-steps';

interface Ids {
  id: string;
}

describe('stock journey: receive, transfer to a van, used on a job, counted and posted', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let keeper: Api;
  let desk: Api;
  let technician: Api;

  beforeAll(async () => {
    server = await startTestServer({ workOrders: 5 });
    const { launchBrowser } = await import('./launch-browser');
    browser = await launchBrowser();
    keeper = await apiAs(server.url, 'warehouse');
    desk = await apiAs(server.url, 'dispatcher');
    technician = await apiAs(server.url, 'technician');
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps every unit accounted for from the central store to the job and the count', async () => {
    const stamp = String(Date.now()).slice(-6);
    const fuse = { code: `F5A-${stamp}`, name: `保险丝 5A ${stamp}` };
    const board = { code: `MB-${stamp}`, name: `主板 ${stamp}` };
    const serials = [`SN${stamp}-1`, `SN${stamp}-2`];
    const me = await technician<{ id: string; displayName: string }>('/auth/me');

    const keeperContext = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
    const page = await keeperContext.newPage();
    await login(page, server.url, 'warehouse', 'zh-CN');

    // 仓库: a new central store; the technician's van is the demo's.
    await page.goto(`${server.url}/warehouses`);
    await page.getByTestId('new-warehouse').click();
    await page.locator('#warehouse_code').fill(`CK-${stamp}`);
    await page.locator('#warehouse_name').fill(`中心库 ${stamp}`);
    await confirmDialog(page);
    const warehouses =
      await keeper<(Ids & { code: string; kind: string; technician: Ids | null; name: string })[]>(
        '/warehouses',
      );
    const central = warehouses.find((w) => w.code === `CK-${stamp}`)!;
    const van = warehouses.find((w) => w.kind === 'van' && w.technician?.id === me.id)!;
    expect(central.kind).toBe('central');
    expect(van).toBeDefined();
    await page.locator('tr.ant-table-row', { hasText: `CK-${stamp}` }).waitFor();

    // 备件: a fuse counted by quantity, a main board tracked by serial number.
    await page.goto(`${server.url}/parts`);
    for (const part of [
      { ...fuse, price: '2.5', isTracked: false },
      { ...board, price: '1200', isTracked: true },
    ]) {
      await page.getByTestId('new-part').click();
      await page.locator('#part_code').fill(part.code);
      await page.locator('#part_name').fill(part.name);
      await page.locator('#part_priceYuan').fill(part.price);
      if (part.isTracked) await page.locator('#part_serialTracked').click();
      await confirmDialog(page);
    }
    const fusePart = (
      await keeper<{ items: (Ids & { priceCents: number })[] }>(`/parts?q=${fuse.code}`)
    ).items[0]!;
    expect(fusePart.priceCents).toBe(250);

    // 入库: ten fuses, and two boards scanned in one serial per line.
    await page.goto(`${server.url}/stock`);
    await page.getByTestId('stock-receive').click();
    await choose(page, 'stock-receive_warehouseId', new RegExp(`中心库 ${stamp}`));
    await choose(page, 'stock-receive_partId', new RegExp(fuse.code), { search: fuse.code });
    await page.locator('#stock-receive_quantity').fill('10');
    await page.locator('#stock-receive_reason').fill('送货单 A-001');
    await confirmDialog(page);
    await page.getByTestId('stock-receive').click();
    await choose(page, 'stock-receive_warehouseId', new RegExp(`中心库 ${stamp}`));
    await choose(page, 'stock-receive_partId', new RegExp(board.code), { search: board.code });
    await openDialog(page).getByTestId('serial-entry').fill(`${serials[0]}\n${serials[1]}\n`);
    await confirmDialog(page);
    expect((await onHand(keeper, central.id, fuse.code)).quantity).toBe(10);
    expect((await onHand(keeper, central.id, board.code)).serialNumbers.sort()).toEqual(serials);

    // 调拨 to the van: four fuses, and one board chosen by its serial number.
    await page.getByTestId('stock-transfer').click();
    await choose(page, 'stock-transfer_warehouseId', new RegExp(`中心库 ${stamp}`));
    await choose(page, 'stock-transfer_toWarehouseId', new RegExp(van.name));
    await choose(page, 'stock-transfer_partId', new RegExp(fuse.code), { search: fuse.code });
    await page.locator('#stock-transfer_quantity').fill('4');
    await confirmDialog(page);
    await page.getByTestId('stock-transfer').click();
    await choose(page, 'stock-transfer_warehouseId', new RegExp(`中心库 ${stamp}`));
    await choose(page, 'stock-transfer_toWarehouseId', new RegExp(van.name));
    await choose(page, 'stock-transfer_partId', new RegExp(board.code), { search: board.code });
    await choose(page, 'stock-transfer_serialNumbers', new RegExp(`^${serials[0]}$`), {
      isMultiple: true,
    });
    await openDialog(page).locator('.ant-modal-title').click();
    await confirmDialog(page);
    expect((await onHand(keeper, van.id, fuse.code)).quantity).toBe(4);
    expect((await onHand(keeper, van.id, board.code)).serialNumbers).toEqual([serials[0]]);
    await page.screenshot({ path: 'test-results/stock-after-transfer.png', fullPage: true });

    // The technician uses a fuse and the board on a job, picked from the van on the phone.
    const order = await assignedOrder(desk, me.id, `电源无输出 ${stamp}`, 'in');
    await confirmedThroughApi(technician, order.id);
    const phone = await phoneContext(browser);
    const phonePage = await phone.newPage();
    await login(phonePage, server.url, 'technician', 'zh-CN');
    await phonePage.goto(`${server.url}/m`);
    await openJobFromList(phonePage, order.number);
    await usePartFromVan(phonePage, fuse.code);
    await usePartFromVan(phonePage, board.code, serials[0]);
    await phonePage.getByTestId('part-line').filter({ hasText: board.name }).waitFor();
    await phonePage.screenshot({ path: 'test-results/phone-van-parts.png', fullPage: true });
    const onSite = await technician<{ parts: { partId: string | null; unitPriceCents: number }[] }>(
      `/work-orders/${order.id}/on-site`,
    );
    expect(onSite.parts.map((p) => p.partId)).toContain(fusePart.id);
    expect(onSite.parts.find((p) => p.partId === fusePart.id)?.unitPriceCents).toBe(250);
    expect((await onHand(keeper, van.id, fuse.code)).quantity).toBe(3);
    expect((await onHand(keeper, van.id, board.code)).quantity).toBe(0);
    // The technician's own stock page shows their van, and no other warehouse to pick.
    await phonePage.goto(`${server.url}/stock`);
    const fuseRow = phonePage.locator('tr.ant-table-row', { hasText: fuse.code });
    await expect.poll(() => fuseRow.getByTestId('stock-quantity').textContent()).toBe('3 个');
    expect(await phonePage.getByTestId('stock-warehouse-filter').count()).toBe(0);
    expect(await phonePage.getByText(van.name).count()).toBeGreaterThan(0);
    await phone.close();

    // The desk adds a fuse for the technician out of the same van, then takes it off again.
    const deskContext = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
    const deskPage = await deskContext.newPage();
    await login(deskPage, server.url, 'dispatcher', 'zh-CN');
    await deskPage.goto(`${server.url}/work-orders/${order.id}`);
    await deskPage.getByTestId('desk-add-part').click();
    await openDialog(deskPage).getByTestId('van-part').waitFor();
    await choose(deskPage, 'work-order-part_partId', new RegExp(fuse.code), { search: fuse.code });
    await confirmDialog(deskPage);
    await expect.poll(async () => (await onHand(keeper, van.id, fuse.code)).quantity).toBe(2);
    const deskLine = deskPage
      .locator('[data-testid="parts"] tr.ant-table-row', { hasText: fuse.name })
      .nth(1);
    await deskLine.getByRole('button', { name: m.inventory.workOrderParts.remove }).click();
    await deskPage
      .locator('.ant-popover:visible')
      .getByRole('button', { name: m.inventory.workOrderParts.remove })
      .click();
    await expect.poll(async () => (await onHand(keeper, van.id, fuse.code)).quantity).toBe(3);
    await deskContext.close();

    // 盘点 of the central store: one fuse missing, the board there.
    await page.goto(`${server.url}/stock-counts`);
    await page.getByTestId('new-count').click();
    await choose(page, 'new-stock-count_warehouseId', new RegExp(`中心库 ${stamp}`));
    await confirmDialog(page);
    await page.waitForURL(/\/stock-counts\/[0-9a-f-]{36}$/);
    const counted = (name: string) =>
      page.getByLabel(m.inventory.counts.countedOf.replace('{{name}}', name));
    await counted(fuse.name).fill('5');
    await counted(board.name).fill('1');
    await page.getByTestId('save-count').click();
    await expect.poll(() => page.getByTestId('save-count').isDisabled()).toBe(true);
    await page.getByTestId('difference').filter({ hasText: '-1' }).waitFor();
    await page.getByTestId('post-count').click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: m.inventory.counts.post })
      .click();
    await expect
      .poll(() => page.getByTestId('count-status').getAttribute('data-status'))
      .toBe('posted');
    const counts = await keeper<{ items: { number: string }[] }>(
      `/stock-counts?warehouseId=${central.id}`,
    );
    const countNumber = counts.items[0]!.number;
    await page.screenshot({ path: 'test-results/stock-count-posted.png', fullPage: true });
    expect((await onHand(keeper, central.id, fuse.code)).quantity).toBe(5);

    // 出入库记录: the fuse's whole story, with the job and the count linked.
    await page.goto(`${server.url}/stock/movements?partId=${fusePart.id}`);
    const rows = await ledgerRows(page);
    expect(rows).toEqual([
      { kind: 'receive', quantity: '+10' },
      { kind: 'transfer', quantity: '4' },
      { kind: 'issue', quantity: '-1' },
      { kind: 'issue', quantity: '-1' },
      { kind: 'return', quantity: '+1' },
      { kind: 'adjust', quantity: '-1' },
    ]);
    // The job's issues and the return link to the order; the adjustment to the count.
    expect(await page.getByRole('link', { name: order.number }).count()).toBe(3);
    await page.getByRole('link', { name: countNumber }).waitFor();
    await page.screenshot({ path: 'test-results/stock-movements.png', fullPage: true });
    await keeperContext.close();
  }, 300_000);
});

/** On the phone: add a part to the job out of the van (with the unit's serial when tracked). */
async function usePartFromVan(page: Page, code: string, serial?: string) {
  await page.getByTestId('add-part').click();
  await sheet(page).getByTestId('van-part').waitFor();
  await choose(page, 'partId', new RegExp(code), { search: code });
  if (serial) await choose(page, 'serialNumber', new RegExp(`^${serial}$`));
  await submitStep(page);
}
