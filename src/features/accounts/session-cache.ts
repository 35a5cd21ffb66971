import type { RequestContext } from './request-context';

/** How long a checked session is trusted without asking the database again. */
export const SESSION_CACHE_MS = 2_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  ctx: RequestContext;
  until: number;
}

/**
 * A per-process memory of recently checked sessions, so a burst of requests costs one lookup.
 * Logout, disabling a user and password changes forget the entries here at once; another
 * process may still accept a revoked session for at most SESSION_CACHE_MS.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  get(sessionId: string, now: number): RequestContext | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until > now) return entry.ctx;
    this.entries.delete(sessionId);
    return undefined;
  }

  set(sessionId: string, ctx: RequestContext, now: number): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(sessionId, { ctx, until: now + SESSION_CACHE_MS });
  }

  forgetSession(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string): void {
    for (const [id, entry] of this.entries)
      if (entry.ctx.user.id === userId) this.entries.delete(id);
  }
}

/** The process's cache; use cases that end sessions tell it. */
export const sessionCache = new SessionCache();
