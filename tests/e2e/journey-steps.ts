import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { en } from '../../src/web/i18n/en';
import type { Messages } from '../../src/web/i18n/zh-CN';
import { zhCN } from '../../src/web/i18n/zh-CN';

export type UiLanguage = 'zh-CN' | 'en';
export const PASSWORD = 'Demo@2026';

/** The UI texts of a language, from the same source the app renders them from. */
export function messagesOf(language: UiLanguage): Messages {
  return language === 'en' ? en : zhCN;
}

/** Picks the first antd Select option whose title matches; the dropdown is rendered in a portal. */
export async function pickOption(page: Page, title: RegExp): Promise<void> {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: title })
    .first();
  await option.waitFor({ state: 'visible' });
  await option.click();
}

export async function login(page: Page, baseUrl: string, username: string, language: UiLanguage) {
  const m = messagesOf(language);
  await page.goto(`${baseUrl}/login`);
  if (language === 'en') await page.getByTestId('language-switch').getByText('EN').click();
  await page.getByLabel(m.auth.username).fill(username);
  await page.getByLabel(m.auth.password).fill(PASSWORD);
  await page.getByRole('button', { name: m.auth.login, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function logout(page: Page, language: UiLanguage) {
  const m = messagesOf(language);
  // On a loaded machine the dropdown can still be moving when it is clicked; a missed click
  // (the menu closed, or its other item hit) is tried again, but signing out must happen.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.getByTestId('user-menu').click();
    const item = page.getByRole('menuitem', { name: m.nav.logout });
    await item.waitFor({ state: 'visible' });
    await item.click();
    const signedOut = await page
      .waitForURL((url) => url.pathname.startsWith('/login'), { timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    if (signedOut) return;
    if (attempt === 3) throw new Error('signing out did not reach the login page');
  }
}

/** Logs a call for the first customer matching `customerText` and returns to the created-call panel. */
export async function logHotlineCall(
  page: Page,
  language: UiLanguage,
  customerText: string,
  fault: string,
) {
  const m = messagesOf(language);
  await page.getByRole('menuitem', { name: m.nav.hotline }).click();
  await expect
    .poll(() => page.getByRole('heading', { name: m.hotline.title }).count())
    .toBeGreaterThan(0);
  await page.getByLabel(m.hotline.customer, { exact: true }).fill(customerText);
  await pickOption(page, new RegExp(customerText));
  await page.getByLabel(m.hotline.callerName, { exact: true }).fill('王护士');
  await page.getByLabel(m.hotline.callerPhone, { exact: true }).fill('0951-5551234');
  await page.getByLabel(m.hotline.deviceDescription, { exact: true }).fill('飞利浦 监护仪 MX450');
  await page.getByLabel(m.hotline.faultDescription, { exact: true }).fill(fault);
  // antd hides the radio input itself; the user clicks its label.
  await page
    .getByRole('radio', { name: m.enums.urgency.urgent, exact: true })
    .locator('xpath=ancestor::label')
    .click();
  await page.getByTestId('hotline-submit').click();
  await page.getByTestId('created-call').waitFor();
}

/** From the created-call panel: assign `technicianName` and create the order; returns its number. */
export async function createWorkOrder(
  page: Page,
  language: UiLanguage,
  technicianName: string,
): Promise<string> {
  const m = messagesOf(language);
  await page.getByLabel(m.hotline.technicianOptional).fill(technicianName);
  await pickOption(page, new RegExp(`^${technicianName}\\s?[（(]`));
  await page.getByTestId('create-work-order').click();
  await page.waitForURL(/\/work-orders\/[0-9a-f-]{36}$/);
  await expect
    .poll(() => page.getByTestId('status-tag').first().getAttribute('data-status'))
    .toBe('assigned');
  const number = await page.getByTestId('work-order-number').getAttribute('data-number');
  if (!number) throw new Error('the detail page shows no work-order number');
  return number;
}

/** As the technician on a phone: open the order from "my work orders" and close it. */
export async function closeFromMyWorkOrders(
  page: Page,
  language: UiLanguage,
  number: string,
  resolution: string,
) {
  const m = messagesOf(language);
  await page.waitForURL(/\/my-work-orders$/);
  const card = page.locator(`[data-testid="work-order-card"][data-number="${number}"]`);
  await card.getByRole('button', { name: m.workOrders.open }).click();
  await page.waitForURL(/\/work-orders\/[0-9a-f-]{36}$/);
  await page.getByTestId('action-close').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/technician-detail-${language}.png` });
  await page.getByTestId('action-close').click();
  await page.getByLabel(m.workOrderActions.resolution).fill(resolution);
  await page.getByRole('dialog').getByRole('button', { name: m.workOrderActions.close }).click();
  await expect
    .poll(() => page.getByTestId('status-tag').first().getAttribute('data-status'))
    .toBe('closed');
}

/** The history shows creation, assignment and closing, each with who did it and in what role. */
export async function expectHistory(
  page: Page,
  language: UiLanguage,
  dispatcherName: string,
  technicianName: string,
) {
  const m = messagesOf(language);
  const entry = (action: string) =>
    page.locator(`[data-testid="history-entry"][data-action="${action}"]`);
  await entry('closed').waitFor();
  const created = (await entry('created').textContent()) ?? '';
  const assigned = (await entry('assigned').textContent()) ?? '';
  const closed = (await entry('closed').textContent()) ?? '';
  expect(created).toContain(m.history.action.created);
  expect(created).toContain(dispatcherName);
  expect(created).toContain(m.enums.role.dispatcher);
  expect(assigned).toContain(m.history.action.assigned);
  expect(assigned).toContain(technicianName);
  expect(closed).toContain(m.history.action.closed);
  expect(closed).toContain(technicianName);
  expect(closed).toContain(m.enums.role.technician);
}

/** A user's display name, asked of the API the way the login page does. */
export async function displayNameOf(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`cannot sign in as ${username}: ${response.status}`);
  return ((await response.json()) as { displayName: string }).displayName;
}
