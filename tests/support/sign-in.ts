import { expect } from 'vitest';
import type { App } from '../../src/platform/http/app-types';
import { PASSWORD } from './factories';

/** Signs a test user in through the API; returns the `Cookie` header value of the session. */
export async function signInAs(app: App, username: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  return `sid=${response.cookies.find((c) => c.name === 'sid')!.value}`;
}
