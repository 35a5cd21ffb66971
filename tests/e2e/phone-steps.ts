import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TransitionStep } from '../../src/features/technician-app/web/outbox/stepDraft';
import type { apiAs } from './dispatch-steps';
import { PHONE, TIMEZONE } from './dispatch-steps';
import { messagesOf } from './journey-steps';

export { PHONE, TIMEZONE };
export const m = messagesOf('zh-CN');
export type Api = Awaited<ReturnType<typeof apiAs>>;

interface AssetRow {
  id: string;
  serialNumber: string;
  model: { id: string };
  customer: { id: string; name: string };
  department: { id: string; name: string } | null;
}

const IN_WARRANTY = ['replacement', 'repair', 'contract'];

/**
 * As the dispatcher, through the API: a hotline call about a device in warranty (or out of it),
 * made into a work order assigned to the technician. Returns the order's id and number.
 */
export async function assignedOrder(
  desk: Api,
  technicianId: string,
  fault: string,
  warranty: 'in' | 'expired',
): Promise<{ id: string; number: string }> {
  const assets = await desk<{ items: AssetRow[] }>('/assets?pageSize=100');
  let asset: AssetRow | undefined;
  for (const candidate of assets.items) {
    const { state } = await desk<{ state: string }>(`/assets/${candidate.id}/warranty`);
    if (warranty === 'in' ? IN_WARRANTY.includes(state) : state === 'expired') {
      asset = candidate;
      break;
    }
  }
  if (!asset) throw new Error(`the demo has no device with warranty ${warranty}`);
  const model = await desk<{ categoryId: string }>(`/product-models/${asset.model.id}`);
  const call = await desk<{ id: string }>('/hotline-calls', {
    method: 'POST',
    body: {
      callerName: '王护士',
      callerPhone: '0951-555 1234',
      customerId: asset.customer.id,
      ...(asset.department ? { departmentId: asset.department.id } : {}),
      deviceDescription: '监护仪',
      categoryId: model.categoryId,
      assetId: asset.id,
      faultDescription: fault,
      urgency: 'normal',
    },
  });
  const order = await desk<{ id: string; number: string; status: string }>('/work-orders', {
    method: 'POST',
    body: { hotlineCallId: call.id, technicianId },
  });
  expect(order.status).toBe('assigned');
  return { id: order.id, number: order.number };
}

/** As the technician, through the API: contacted, travelled, arrived and confirmed the fault. */
export async function confirmedThroughApi(technician: Api, id: string) {
  const start = new Date(Date.now() + 3_600_000);
  const end = new Date(start.getTime() + 7_200_000);
  await technician(`/work-orders/${id}/schedule`, {
    method: 'POST',
    body: {
      start: start.toISOString(),
      end: end.toISOString(),
      warrantyTold: true,
      chargesTold: true,
    },
  });
  await technician(`/work-orders/${id}/start-travel`, {
    method: 'POST',
    body: { mode: 'public_transport' },
  });
  const { arrivalChecklist } = await technician<{ arrivalChecklist: string[] }>(
    `/work-orders/${id}/on-site`,
  );
  await technician(`/work-orders/${id}/arrive`, {
    method: 'POST',
    body: { checklist: arrivalChecklist.map((item) => ({ item, checked: true })) },
  });
  await technician(`/work-orders/${id}/confirm`, {
    method: 'POST',
    body: { confirmedFault: '主板损坏', diagnosis: '主板电容鼓包，需更换主板' },
  });
}

/** The phone: 375×667, touch, Chinese, in the tenant's time zone. */
export function phoneContext(browser: { newContext: (o: object) => Promise<BrowserContext> }) {
  return browser.newContext({ ...PHONE, locale: 'zh-CN' });
}

/** Opens the job from "my jobs", in whichever tab (today / later) it is listed. */
export async function openJobFromList(page: Page, number: string) {
  await page.waitForURL(/\/m$/);
  const card = page.locator(`[data-testid="job-card"][data-number="${number}"]`);
  // Loaded once either tab counts the job: a new, unscheduled job is listed for later.
  const laterWithJobs = page.getByText(/^以后（[1-9]\d*）$/);
  await expect
    .poll(async () => (await card.count()) + (await laterWithJobs.count()), { timeout: 15_000 })
    .toBeGreaterThan(0);
  if ((await card.count()) === 0) await laterWithJobs.click();
  await card.waitFor();
  await page.screenshot({ path: 'test-results/phone-my-jobs.png' });
  await card.click();
  await page.waitForURL(/\/m\/jobs\/[0-9a-f-]{36}$/);
  await page.getByTestId('job-summary').waitFor();
}

/** Taps the one big button, which must be this step, and waits for its sheet. */
export async function openPrimaryStep(page: Page, step: TransitionStep) {
  await expect.poll(() => page.getByTestId('primary-step').getAttribute('data-step')).toBe(step);
  await page.getByTestId('primary-step').click();
  await page.locator(`[data-testid="step-sheet"][data-step="${step}"]`).waitFor();
}

export const sheet = (page: Page) => page.getByTestId('step-sheet');

/** Submits the open sheet; it closes once the step is sent or kept to send later. */
export async function submitStep(page: Page) {
  await sheet(page).getByTestId('step-submit').click();
  try {
    await sheet(page).waitFor({ state: 'detached', timeout: 15_000 });
  } catch (error) {
    // Say why: the form's own errors, or the server's answer in a toast.
    const said = await page
      .locator('.ant-form-item-explain-error, .ant-message-notice')
      .allInnerTexts();
    await page.screenshot({ path: 'test-results/phone-step-stuck.png', fullPage: true });
    throw new Error(`the step sheet stayed open: ${said.join(' | ')}`, { cause: error });
  }
}

/** The customer signs: a few strokes with the finger (pointer moves) on the pad, confirmed. */
export async function drawSignature(page: Page) {
  const pad = sheet(page).getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad is not on screen');
  const strokes = [
    [
      [0.15, 0.6],
      [0.25, 0.3],
      [0.35, 0.7],
      [0.45, 0.35],
    ],
    [
      [0.55, 0.4],
      [0.7, 0.65],
      [0.85, 0.3],
    ],
  ];
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    await page.mouse.move(box.x + box.width * first![0]!, box.y + box.height * first![1]!);
    await page.mouse.down();
    for (const [x, y] of rest) {
      await page.mouse.move(box.x + box.width * x!, box.y + box.height * y!, { steps: 6 });
    }
    await page.mouse.up();
  }
  await sheet(page).getByTestId('signature-confirm').click();
  await sheet(page).getByTestId('signature-done').waitFor();
}

/** The order's audit history entries of one action (`workOrder.arrive` …). */
export async function historyCount(api: Api, id: string, action: string): Promise<number> {
  const entries = await api<{ action: string }[]>(`/work-orders/${id}/history`);
  return entries.filter((e) => e.action === `workOrder.${action}`).length;
}

export async function statusOf(api: Api, id: string): Promise<string> {
  return (await api<{ status: string }>(`/work-orders/${id}`)).status;
}

/** Nothing may stick out sideways on a 375 px phone. */
export async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.viewport!.width);
}
