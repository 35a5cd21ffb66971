import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, dayInShanghai } from './dispatch-steps';
import { login } from './journey-steps';
import { launchBrowser } from './launch-browser';
import { type Api, assignedOrder, confirmedThroughApi, statusOf } from './phone-steps';
import {
  desktopContext,
  dialog,
  drawSignatureInDialog,
  expectReturnStatus,
  m,
  openAction,
  paintedPixels,
  pickDay,
  printedPdf,
  type ReturnRead,
  returnStatus,
  selectOption,
  submitDialog,
  takeBackThroughApi,
} from './return-steps';
import { startTestServer } from './start-test-server';

const r = m.repairReturns;

describe('repair-return journey: taken back → tested → shipped → chased → told → back → returned', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let desk: Api;
  let technician: Api;
  let clerk: Api;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    desk = await apiAs(server.url, 'dispatcher');
    technician = await apiAs(server.url, 'technician');
    clerk = await apiAs(server.url, 'returns');
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs one returned item from the workshop to the vendor and back to the customer', async () => {
    // Set-up through the API: a job on site, its device taken back with the customer's signature.
    const me = await technician<{ id: string }>('/auth/me');
    const order = await assignedOrder(desk, me.id, `监护仪无显示 ${Date.now()}`, 'in');
    await confirmedThroughApi(technician, order.id);
    const rrId = await takeBackThroughApi(technician, order.id);
    expect(await statusOf(technician, order.id)).toBe('taken_back');
    const taken = await technician<ReturnRead>(`/repair-returns/${rrId}`);
    expect(taken.status).toBe('taken_back');

    // 检测 by the technician: the vendor needs 20 days, past the 14-day rule, so the customer
    // is owed a notice at once.
    const bench = await (await desktopContext(browser)).newPage();
    await login(bench, server.url, 'technician', 'zh-CN');
    await bench.goto(`${server.url}/repair-returns/${rrId}`);
    await expectReturnStatus(bench, 'taken_back');
    await openAction(bench, 'return-action-test');
    await dialog(bench).getByLabel(r.test.testResult).fill('主板电源管理芯片损坏，需厂家更换主板');
    await dialog(bench).getByText(r.cause.product_fault, { exact: true }).click();
    await pickDay(bench, 'return-test_expectedReturnOn', dayInShanghai(20));
    await bench.screenshot({ path: 'test-results/return-test-dialog.png' });
    await submitDialog(bench, 'test');
    await expectReturnStatus(bench, 'tested');
    await bench.getByTestId('test-card').waitFor();
    await expect
      .poll(async () => (await technician<ReturnRead>(`/repair-returns/${rrId}`)).notices.length)
      .toBe(1);

    // 移交 to the returns clerk.
    await openAction(bench, 'return-action-hand_over');
    await dialog(bench).getByLabel(r.handOver.note).fill('主机一台、电源线一根');
    await submitDialog(bench, 'hand-over');
    await expectReturnStatus(bench, 'handed_over');
    await bench.context().close();

    // The returns clerk confirms and registers it, for a vendor.
    const page = await (await desktopContext(browser)).newPage();
    await login(page, server.url, 'returns', 'zh-CN');
    await page.goto(`${server.url}/repair-returns`);
    await page.locator(`[data-testid="return-row"][data-number="${taken.number}"]`).click();
    await page.waitForURL(new RegExp(`/repair-returns/${rrId}$`));
    await openAction(page, 'return-action-register');
    await dialog(page).getByLabel(r.register.registrationNote).fill('外观完好，附件齐全');
    await dialog(page).getByLabel(r.register.storageLocation).fill('返修架 A-3');
    await selectOption(page, 'return-register_vendorId', /迈瑞/);
    await submitDialog(page, 'register');
    await expectReturnStatus(page, 'registered');
    const vendorName = (await clerk<{ vendor: { name: string } }>(`/repair-returns/${rrId}`)).vendor
      .name;

    // 封装: a parcel to the vendor with this return; the packing list prints as a PDF.
    await page.goto(`${server.url}/shipments`);
    await page.getByTestId('new-shipment').click();
    await dialog(page).waitFor();
    await selectOption(page, 'create-shipment_vendorId', new RegExp(vendorName));
    await dialog(page).getByLabel(r.shipment.shipToAddress).fill('深圳市南山区高新技术产业园区');
    const row = dialog(page).locator(`tr[data-row-key="${rrId}"]`);
    try {
      await row.waitFor({ timeout: 20_000 });
    } catch (error) {
      await page.screenshot({ path: 'test-results/return-shipment-create.png', fullPage: true });
      throw error;
    }
    await row.locator('input[type="checkbox"]').check();
    await submitDialog(page, 'create-shipment');
    await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);
    await page.getByTestId('shipment-status').first().waitFor();
    expect(await page.getByTestId('shipment-status').first().getAttribute('data-status')).toBe(
      'packing',
    );
    const packingList = await printedPdf(page, 'print-packing-list', 'packing-list.pdf');
    expect(packingList.status).toBe(200);
    expect(packingList.contentType).toContain('application/pdf');
    expect(packingList.head).toBe('%PDF-');

    // 登记发运, then the vendor confirms it arrived.
    await openAction(page, 'dispatch');
    await dialog(page).getByLabel(r.shipment.carrier).fill('顺丰速运');
    await dialog(page).getByLabel(r.shipment.trackingNumber).fill('SF1234567890');
    await pickDay(page, 'dispatch-shipment_expectedArrivalOn', dayInShanghai(2));
    await submitDialog(page, 'dispatch');
    await expect
      .poll(() => page.getByTestId('shipment-status').first().getAttribute('data-status'))
      .toBe('shipped');
    expect(await returnStatus(clerk, rrId)).toBe('shipped');
    await openAction(page, 'confirm-arrival');
    await dialog(page).getByLabel(r.shipment.receivedByName).fill('陈工');
    await submitDialog(page, 'confirm-arrival');
    await expect
      .poll(() => page.getByTestId('shipment-status').first().getAttribute('data-status'))
      .toBe('arrived');

    // 催促: the clerk calls the vendor and records the promised date.
    await page.getByRole('link', { name: taken.number }).click();
    await page.waitForURL(new RegExp(`/repair-returns/${rrId}$`));
    await expectReturnStatus(page, 'at_vendor');
    await openAction(page, 'record-chase');
    await dialog(page).getByLabel(r.chase.contactName).fill('陈工');
    await dialog(page).getByLabel(r.chase.answer).fill('主板已到货，下周寄回');
    await pickDay(page, 'return-chase_promisedOn', dayInShanghai(10));
    await submitDialog(page, 'chase');
    await page.getByTestId('chase-entry').filter({ hasText: '主板已到货' }).waitFor();

    // The 14-day notice, given by phone.
    const notice = page.locator('[data-testid="notice"][data-done="false"]');
    await notice.getByTestId('record-notice').click();
    await dialog(page).waitFor();
    await dialog(page).getByLabel(r.notice.customerAnswer).fill('同意等待，暂不需要备用机');
    await submitDialog(page, 'notice');
    await page.locator('[data-testid="notice"][data-done="true"]').waitFor();
    await page.screenshot({ path: 'test-results/return-at-vendor.png', fullPage: true });

    // Back from the vendor, repaired; then given back against the customer's signature.
    await openAction(page, 'return-action-receive_back');
    await dialog(page).getByLabel(r.back.note).fill('厂家更换主板，测试正常');
    await submitDialog(page, 'receive-back');
    await expectReturnStatus(page, 'ready_to_return');
    await openAction(page, 'return-action-return_to_customer');
    await dialog(page).getByTestId('signer-name').fill('王护士');
    await drawSignatureInDialog(page);
    await submitDialog(page, 'return-to-customer');
    await expectReturnStatus(page, 'returned');
    await page.getByTestId('returned-card').getByTestId('signature-image').waitFor();
    await page.screenshot({ path: 'test-results/return-returned.png', fullPage: true });

    const done = await clerk<ReturnRead>(`/repair-returns/${rrId}`);
    expect(done.back?.outcome).toBe('repaired');
    expect(done.chases.map((c) => c.contactName)).toEqual(['陈工']);
    expect(done.notices.every((n) => n.doneAt !== null)).toBe(true);

    // The work order closed with it, and links back to the return.
    await page.getByTestId('return-work-order').click();
    await page.waitForURL(new RegExp(`/work-orders/${order.id}$`));
    await expect
      .poll(() => page.getByTestId('status-tag').first().getAttribute('data-status'))
      .toBe('closed');
    await page.getByTestId('work-order-return-link').waitFor();
    expect(await page.getByTestId('work-order-return-link').getAttribute('data-number')).toBe(
      taken.number,
    );

    // The board's vendor performance counts the return that came back, in an ECharts chart
    // that really paints (a blank canvas is what a wrongly bundled chart library shows).
    await page.goto(`${server.url}/returns-board`);
    const canvas = page.getByTestId('performance-chart').locator('canvas').first();
    await canvas.waitFor();
    await expect.poll(() => paintedPixels(canvas), { timeout: 15_000 }).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/return-board.png', fullPage: true });
    await page.context().close();
  }, 360_000);
});
