import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Api } from './phone-steps';

/** The open antd dialog (hidden ones stay rendered: the forms are force-rendered). */
export const openDialog = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal');

/**
 * Clicks the select with this field id, types to search when given, and picks the match. A
 * single select closes once it has its value; a click that landed while the dropdown was still
 * opening is tried again. A multiple select stays open (`isMultiple`): the caller closes it;
 * its pick counts once the field shows it, else it is tried again.
 */
export async function choose(
  page: Page,
  fieldId: string,
  text: RegExp,
  options: { search?: string; isMultiple?: boolean } = {},
) {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  if (options.search) await input.fill(options.search);
  // This select's own dropdown (it holds the field's listbox): another one may still be fading.
  const dropdown = page.locator(`.ant-select-dropdown:has([id="${fieldId}_list"])`);
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: text }).first();
  await option.waitFor();
  // A multiple select shows what it holds in the field itself: its tag with this text.
  const picked = page
    .locator('.ant-select')
    .filter({ has: page.locator(`#${fieldId}`) })
    .getByText(text)
    .first();
  for (let attempt = 1; ; attempt++) {
    await option.click();
    try {
      if (options.isMultiple) await picked.waitFor({ timeout: 5_000 });
      else await dropdown.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Confirms the open dialog and waits until it has closed (the save went through). */
export async function confirmDialog(page: Page) {
  const dialog = openDialog(page);
  await dialog.getByTestId('modal-ok').click();
  try {
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
  } catch (error) {
    const said = await page
      .locator('.ant-form-item-explain-error, .ant-message-notice')
      .allInnerTexts();
    await page.screenshot({ path: 'test-results/stock-dialog-stuck.png', fullPage: true });
    throw new Error(`the dialog stayed open: ${said.join(' | ')}`, { cause: error });
  }
}

interface StockRowRead {
  part: { code: string };
  quantity: number;
  serialNumbers: string[];
}

/** On hand of a part in a warehouse, through the API (0 when it has no stock row). */
export async function onHand(api: Api, warehouseId: string, code: string) {
  const stock = await api<{ items: StockRowRead[] }>(
    `/stock?warehouseId=${warehouseId}&q=${encodeURIComponent(code)}`,
  );
  const row = stock.items.find((r) => r.part.code === code);
  return { quantity: row?.quantity ?? 0, serialNumbers: row?.serialNumbers ?? [] };
}

/** The kind and shown quantity of each movement on the ledger page, oldest first. */
export async function ledgerRows(page: Page) {
  await page.getByTestId('movement-kind').first().waitFor();
  const rows = page.locator('[data-testid="movements"] tr.ant-table-row');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  const kinds = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      kind: tr.querySelector('[data-testid="movement-kind"]')?.getAttribute('data-kind') ?? '',
      quantity: tr.querySelector('[data-testid="movement-quantity"]')?.textContent ?? '',
    })),
  );
  return kinds.reverse();
}
