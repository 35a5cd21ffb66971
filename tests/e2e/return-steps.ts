import type { BrowserContext, Locator, Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP } from './dispatch-steps';
import { messagesOf } from './journey-steps';
import type { Api } from './phone-steps';

export const m = messagesOf('zh-CN');

// A tiny valid PNG: the customer's signature on the take-back list, sent through the API.
export const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export interface ReturnRead {
  id: string;
  number: string;
  status: string;
  takenAt: string;
  notices: { id: string; reason: string; doneAt: string | null }[];
  chases: { contactName: string }[];
  back: { outcome: string } | null;
}

/** The desktop, in Chinese, in the tenant's time zone. */
export function desktopContext(browser: { newContext: (o: object) => Promise<BrowserContext> }) {
  return browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
}

/** As the technician, through the API: the confirmed job's device taken back, signed for. */
export async function takeBackThroughApi(technician: Api, workOrderId: string) {
  await technician(`/work-orders/${workOrderId}/take-back`, {
    method: 'POST',
    body: {
      items: [
        { description: '监护仪主机', condition: '外壳完好，屏幕无显示', accessories: '电源线一根' },
      ],
      signerName: '王护士',
      signaturePng: SIGNATURE_PNG,
    },
  });
  const record = await technician<{ takenBack: { repairReturnId: string } | null }>(
    `/work-orders/${workOrderId}/on-site`,
  );
  if (!record.takenBack) throw new Error('the take-back made no repair return');
  return record.takenBack.repairReturnId;
}

export const returnStatus = async (api: Api, id: string) =>
  (await api<ReturnRead>(`/repair-returns/${id}`)).status;

/** The open dialog (antd keeps closed ones out of the page, or hidden). */
export const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal');

export async function openAction(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await dialog(page).waitFor();
}

/** OK on the open dialog; it must close. If it does not, say why: field errors or a toast. */
export async function submitDialog(page: Page, name: string) {
  await dialog(page).getByTestId('modal-ok').click();
  try {
    await dialog(page).waitFor({ state: 'hidden', timeout: 15_000 });
  } catch (error) {
    const said = await page
      .locator('.ant-form-item-explain-error, .ant-message-notice')
      .allInnerTexts();
    await page.screenshot({ path: `test-results/return-stuck-${name}.png`, fullPage: true });
    throw new Error(`the ${name} dialog stayed open: ${said.join(' | ')}`, { cause: error });
  }
}

/** Types a day into an antd date picker (by its field id) and takes it. */
export async function pickDay(page: Page, fieldId: string, day: string) {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

/** Picks an option of an antd select (by its field id) whose text matches. */
export async function selectOption(page: Page, fieldId: string, text: RegExp) {
  // The field shows the chosen option's label (the list itself is in a portal, not in it).
  const field = page.locator(`.ant-select:has(#${fieldId})`);
  // A click that lands while the option list is still being rendered (its data arriving) can
  // be lost, as a person's would be: like them, look at the field and pick again if it is empty.
  for (let attempt = 1; ; attempt++) {
    await page.locator(`#${fieldId}`).click();
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: text })
      .first();
    await option.waitFor();
    await option.click();
    try {
      await expect.poll(() => field.textContent(), { timeout: 3_000 }).toMatch(text);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The customer signs with the mouse on the dialog's pad, then confirms the signature. */
export async function drawSignatureInDialog(page: Page) {
  const pad = dialog(page).getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad is not on screen');
  const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(0.15, 0.6));
  await page.mouse.down();
  for (const [x, y] of [
    [0.3, 0.3],
    [0.45, 0.7],
    [0.6, 0.35],
    [0.85, 0.6],
  ] as const)
    await page.mouse.move(...at(x, y), { steps: 6 });
  await page.mouse.up();
  await dialog(page).getByTestId('signature-confirm').click();
  await dialog(page).getByTestId('signature-done').waitFor();
}

export async function expectReturnStatus(page: Page, status: string) {
  await expect
    .poll(() => page.getByTestId('return-status').first().getAttribute('data-status'), {
      timeout: 15_000,
    })
    .toBe(status);
}

/**
 * Clicks a print button (it opens the PDF in a new tab) and answers what the server sent to
 * that tab: its status and content type, and the first bytes of the same URL fetched again with
 * the same session (the browser's PDF viewer takes the tab's own body over).
 */
export async function printedPdf(page: Page, testId: string, urlPart: string) {
  const context = page.context();
  const response = context.waitForEvent('response', {
    predicate: (r: Response) => r.url().includes(urlPart),
    timeout: 30_000,
  });
  await page.getByTestId(testId).click();
  const answer = await response;
  const again = await context.request.get(answer.url());
  const bytes = await again.body();
  return {
    status: answer.status(),
    contentType: answer.headers()['content-type'] ?? '',
    head: bytes.subarray(0, 5).toString('latin1'),
    size: bytes.length,
  };
}

/** How many pixels of a canvas are painted (not fully transparent). */
export function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((node) => {
    const c = node as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });
}
