import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeFromMyWorkOrders,
  createWorkOrder,
  displayNameOf,
  expectHistory,
  logHotlineCall,
  login,
  logout,
  messagesOf,
  type UiLanguage,
} from './journey-steps';
import { zhCN } from '../../src/web/i18n/zh-CN';
import { launchBrowser } from './launch-browser';
import { startTestServer } from './start-test-server';

const PHONE = { width: 375, height: 667 };

describe('work-order journey: hotline call → work order → closed on the phone', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let dispatcherName: string;
  let technicianName: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    dispatcherName = await displayNameOf(server.url, 'dispatcher');
    technicianName = await displayNameOf(server.url, 'technician');
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function journey(language: UiLanguage, fault: string) {
    const m = messagesOf(language);
    const desk = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    const deskPage = await desk.newPage();
    await login(deskPage, server.url, 'dispatcher', language);
    await expect
      .poll(() => deskPage.getByRole('menuitem', { name: m.nav.workOrders }).count())
      .toBe(1);
    if (language === 'en') {
      // Switched on the login page, the choice holds in the whole app, antd's own texts included.
      expect(await deskPage.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await deskPage.getByText(zhCN.nav.workOrders, { exact: true }).count()).toBe(0);
      await deskPage.getByText(/\d+ in all/).waitFor();
    }
    await logHotlineCall(deskPage, language, '医院', fault);
    const number = await createWorkOrder(deskPage, language, technicianName);
    await logout(deskPage, language);
    await desk.close();

    const phone = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const phonePage = await phone.newPage();
    await login(phonePage, server.url, 'technician', language);
    await phonePage.getByTestId('work-order-card').first().waitFor();
    await phonePage.screenshot({ path: `test-results/my-work-orders-${language}.png` });
    await closeFromMyWorkOrders(
      phonePage,
      language,
      number,
      '更换电源模块后开机自检正常，已交科室试用。',
    );
    await expectHistory(phonePage, language, dispatcherName, technicianName);
    // Nothing may stick out sideways on a 375 px phone.
    const scrollWidth = await phonePage.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await phonePage.screenshot({
      path: `test-results/technician-phone-${language}.png`,
      fullPage: true,
    });
    await phone.close();
    return number;
  }

  it('runs in Chinese (the default)', async () => {
    const number = await journey('zh-CN', '监护仪开机黑屏，报警灯常亮');
    expect(number).toBeTruthy();
  });

  it('runs in English after switching the language, with English labels', async () => {
    const number = await journey('en', 'Monitor shows a black screen after power-on');
    expect(number).toBeTruthy();
  });
});
