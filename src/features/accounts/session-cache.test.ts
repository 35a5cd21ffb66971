import { describe, expect, it } from 'vitest';
import type { RequestContext } from './request-context';
import { SESSION_CACHE_MS, SessionCache } from './session-cache';

const ctx = (userId: string) => ({ user: { id: userId } }) as RequestContext;

describe('SessionCache', () => {
  it('remembers a session for a short while only', () => {
    const cache = new SessionCache();
    cache.set('s1', ctx('u1'), 1_000);
    expect(cache.get('s1', 1_000 + SESSION_CACHE_MS - 1)).toBeDefined();
    expect(cache.get('s1', 1_000 + SESSION_CACHE_MS)).toBeUndefined();
  });

  it('forgets a session, or every session of a user, at once', () => {
    const cache = new SessionCache();
    cache.set('s1', ctx('u1'), 0);
    cache.set('s2', ctx('u1'), 0);
    cache.set('s3', ctx('u2'), 0);
    cache.forgetSession('s3');
    expect(cache.get('s3', 1)).toBeUndefined();
    cache.forgetUser('u1');
    expect([cache.get('s1', 1), cache.get('s2', 1)]).toEqual([undefined, undefined]);
  });
});
