import type { BrowserContextOptions, Page } from 'playwright-core';
import { PASSWORD } from './journey-steps';

export const TIMEZONE = 'Asia/Shanghai';
export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1366, height: 900 },
  timezoneId: TIMEZONE,
};
export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 667 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  timezoneId: TIMEZONE,
};

export interface BoardJob {
  workOrderId: string;
  number: string;
  plannedStart: string | null;
}
export interface Board {
  technicians: { id: string; name: string; off: unknown; shiftEnd: string; jobs: BoardJob[] }[];
  unassigned: BoardJob[];
  draft: {
    id: string;
    plan: { routes: { technicianId: string; stops: { number: string }[] }[] };
  } | null;
}

export interface Recommendation {
  technicianId: string;
  eligible: boolean;
  ineligible: { code: string; zh: string; en: string }[];
}

/** A signed-in API caller (the dispatcher's cookie), for setup and for reading what the UI shows. */
export async function apiAs(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`cannot sign in as ${username}: ${login.status}`);
  const cookie = (login.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]).join('; ');
  return async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { cookie, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** YYYY-MM-DD in the tenant's zone, `offset` days from today. */
export function dayInShanghai(offset: number): string {
  const at = new Date(Date.now() + offset * 86_400_000);
  return at.toLocaleDateString('sv-SE', { timeZone: TIMEZONE });
}

/** The numbers of the order cards on "my work orders", with their planned start, top to bottom. */
export async function myCards(page: Page) {
  await page.getByTestId('work-order-card').first().waitFor();
  return page.getByTestId('work-order-card').evaluateAll((cards) =>
    cards.map((card) => ({
      number: card.getAttribute('data-number') ?? '',
      plannedStart: card.getAttribute('data-planned-start') ?? '',
    })),
  );
}
