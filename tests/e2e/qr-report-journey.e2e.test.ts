import { mkdirSync } from 'node:fs';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { inTenant } from '../../src/platform/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assets } from '../../src/features/installed-base';
import { publicTokens } from '../../src/platform/public-tokens';
import { pdfText } from '../../src/platform/pdf/pdf-text';
import { login, messagesOf, pickOption } from './journey-steps';
import { launchBrowser } from './launch-browser';
import { startTestServer } from './start-test-server';

const PHONE = { width: 375, height: 667 };
const CUSTOMER = '宁夏医科大学总医院';
// The smallest valid PNG: one pixel.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('QR journey: print labels → report from a phone → dispatcher converts → tracking', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** As the dispatcher: print the customer's label sheet; returns the PDF's text. */
  async function printLabels(page: Page): Promise<string> {
    const m = messagesOf('zh-CN');
    await page.getByRole('menuitem', { name: m.nav.labels }).click();
    await page.getByTestId('label-customer').getByRole('combobox').fill('医科大学');
    await pickOption(page, new RegExp(CUSTOMER));
    await page.getByTestId('label-asset-table').locator('tbody tr.ant-table-row').first().waitFor();
    const sheet = page.waitForResponse(
      (r) => r.url().endsWith('/api/labels/sheet') && r.request().method() === 'POST',
    );
    await page.getByTestId('label-generate').click();
    const response = await sheet;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    await page.getByRole('link', { name: m.labels.openPdf }).waitFor();
    // The PDF behind the page's open/download links (kept by the init script below).
    const bytes = await page.evaluate(async () => {
      const blob = (window as unknown as { lastPdf?: Blob }).lastPdf;
      return blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : [];
    });
    return pdfText(Buffer.from(bytes));
  }

  /** What a phone reads off one printed label: the link its QR code carries. */
  async function labelLink(serialInPdf: (serial: string) => boolean): Promise<{
    url: string;
    serial: string;
  }> {
    const tokens = await server.db
      .select({
        token: publicTokens.token,
        tenantId: publicTokens.tenantId,
        assetId: publicTokens.targetId,
      })
      .from(publicTokens)
      .where(and(eq(publicTokens.kind, 'asset'), isNull(publicTokens.revokedAt)));
    if (tokens.length === 0) throw new Error('printing issued no tokens');
    const serials = await inTenant(server.db, tokens[0]!.tenantId, (tx) =>
      tx
        .select({ id: assets.id, serial: assets.serialNumber })
        .from(assets)
        .where(
          inArray(
            assets.id,
            tokens.map((t) => t.assetId),
          ),
        ),
    );
    const printed = tokens.map((t) => ({
      token: t.token,
      serial: serials.find((a) => a.id === t.assetId)?.serial ?? '',
    }));
    const label = printed.find((p) => p.serial && serialInPdf(p.serial));
    if (!label) throw new Error('no printed label has a live token');
    return { url: `${server.url}/p/${label.token}`, serial: label.serial };
  }

  it('reaches "dispatched" on the tracking page', async () => {
    const m = messagesOf('zh-CN');
    const desk = await browser.newContext({
      viewport: { width: 1366, height: 800 },
    });
    // Keep the last PDF the page turns into a link, to read what the user would open.
    await desk.addInitScript(() => {
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        if (object instanceof Blob && object.type === 'application/pdf')
          (window as unknown as { lastPdf?: Blob }).lastPdf = object;
        return create(object);
      };
    });
    const deskPage = await desk.newPage();
    await login(deskPage, server.url, 'dispatcher', 'zh-CN');
    const pdf = await printLabels(deskPage);
    expect(pdf).toContain('扫码报修');
    const label = await labelLink((serial) => pdf.includes(serial));

    // The department scans the label: a phone, no account.
    const phone = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const phonePage = await phone.newPage();
    await phonePage.goto(label.url);
    await phonePage.getByText(label.serial).first().waitFor();
    expect(await phonePage.getByTestId('warranty-tag').count()).toBeGreaterThan(0);
    expect(await phonePage.getByText(CUSTOMER).count()).toBe(0);
    const fault = `屏幕闪烁后黑屏 ${Date.now()}`;
    await phonePage.getByLabel(m.publicReport.fault).fill(fault);
    await phonePage.getByLabel(m.publicReport.contactName).fill('检验科 马护士');
    await phonePage.getByLabel(m.publicReport.contactPhone).fill('13909512345');
    await phonePage
      .locator('input[type=file]')
      .setInputFiles({ name: 'fault.png', mimeType: 'image/png', buffer: PHOTO });
    await phonePage.getByText(m.publicReport.consent).click();
    await phonePage.screenshot({ path: 'test-results/qr-report-form.png', fullPage: true });
    await phonePage.getByRole('button', { name: m.publicReport.submit }).click();
    await phonePage.getByTestId('report-number').waitFor();
    const trackingUrl = await phonePage.getByTestId('tracking-link').inputValue();
    expect(trackingUrl).toMatch(/\/p\/t\/[A-Za-z0-9_-]{22,}$/);
    const numberText = (await phonePage.getByTestId('report-number').textContent()) ?? '';
    const number = /SR-\d{8}-\d{4}/.exec(numberText)?.[0];
    if (!number) throw new Error(`no request number in "${numberText}"`);

    await phonePage.goto(trackingUrl);
    await expect
      .poll(() => phonePage.getByTestId('tracking-steps').getAttribute('data-stage'))
      .toBe('received');

    // The dispatcher finds it in the intake queue, with its photo, and converts it.
    await deskPage.getByRole('menuitem', { name: m.nav.intake }).click();
    const row = deskPage.getByTestId('intake-queue').locator('tr', { hasText: number });
    await row.waitFor();
    expect(await row.locator('img').count()).toBe(1);
    expect(await row.getByTestId('warranty-tag').count()).toBe(1);
    await row.getByTestId('convert').click();
    await deskPage.getByTestId('convert-submit').click();
    await deskPage.waitForURL(/\/work-orders\/[0-9a-f-]{36}$/);
    await deskPage.getByTestId('order-asset').waitFor();
    expect(await deskPage.getByTestId('order-asset').textContent()).toContain(label.serial);

    await phonePage.reload();
    await expect
      .poll(() => phonePage.getByTestId('tracking-steps').getAttribute('data-stage'))
      .toBe('dispatched');
    expect(await phonePage.getByTestId('tracking-steps').textContent()).toContain(
      m.publicReport.stage.dispatched,
    );
    expect(await phonePage.content()).not.toContain('马护士');
    await phonePage.screenshot({ path: 'test-results/qr-tracking.png', fullPage: true });
    await phone.close();
    await desk.close();
  });
});
