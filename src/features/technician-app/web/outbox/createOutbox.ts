import type { DraftStore } from './draftStore';
import { bySeq, failureKind, newDraft, type StepDraft, type StepInput } from './stepDraft';

export interface OutboxDeps {
  userId: string;
  store: DraftStore;
  /** Sends one draft with its own key; resolves with the server's answer. */
  send: (draft: StepDraft) => Promise<unknown>;
  isOnline: () => boolean;
  newId: () => string;
  now: () => Date;
  /** After the server took a step: the page refreshes that job. */
  onSent?: (draft: StepDraft, answer: unknown) => void;
}

/** How a submitted step ended up: sent now, waiting for the network, or refused. */
export type StepFate =
  { state: 'sent'; answer: unknown } | { state: 'queued' } | { state: 'failed'; draft: StepDraft };

export interface Outbox {
  /** The user's drafts, oldest first; a new array after every change. */
  drafts(): readonly StepDraft[];
  subscribe(listener: () => void): () => void;
  load(): Promise<void>;
  /** Keeps the step as a draft first, then tries to send everything waiting. */
  submit(input: StepInput): Promise<StepFate>;
  /** Sends what waits, in order per job; one run at a time. */
  flush(): Promise<void>;
  /** A refused draft goes back in the queue as it is (same key, same body). */
  retry(id: string): Promise<StepFate>;
  /** A refused draft, corrected: a new body needs a new key, in the same place in the order. */
  replace(id: string, body: unknown): Promise<StepFate>;
  discard(id: string): Promise<void>;
}

/**
 * The phone's outbox. Exactly once: a draft's key is made when the draft is, never changes while
 * the body is the same, and the draft leaves the store only when the server has answered 2xx —
 * so however often it is sent (lost answers, reloads, two tabs), the server applies it once.
 */
export function createOutbox(deps: OutboxDeps): Outbox {
  let snapshot: readonly StepDraft[] = [];
  const listeners = new Set<() => void>();
  const answers = new Map<string, unknown>();
  let running: Promise<void> = Promise.resolve();
  let loaded: Promise<void> | null = null;
  let lastSeq = 0;

  async function refresh() {
    const mine = (await deps.store.all()).filter((d) => d.userId === deps.userId).sort(bySeq);
    snapshot = mine;
    listeners.forEach((listener) => listener());
  }

  async function sendJob(queue: StepDraft[]): Promise<'done' | 'offline'> {
    for (const draft of queue) {
      if (draft.state === 'failed') return 'done'; // later steps wait behind a refused one
      if (!deps.isOnline()) return 'offline';
      const attempt = { ...draft, attempts: draft.attempts + 1 };
      try {
        const answer = await deps.send(attempt);
        await deps.store.remove(draft.id);
        answers.set(draft.id, answer);
        deps.onSent?.(draft, answer);
      } catch (error) {
        const kind = failureKind(error, draft);
        if (kind === 'retry') {
          await deps.store.put(attempt);
          return 'offline';
        }
        if (kind === 'done') {
          await deps.store.remove(draft.id);
          continue;
        }
        const e = error as { status?: number; code?: string; message?: string };
        await deps.store.put({
          ...attempt,
          state: 'failed',
          error: {
            status: e.status ?? 0,
            code: e.code ?? 'UNKNOWN',
            message: e.message ?? String(error),
          },
        });
        return 'done';
      }
    }
    return 'done';
  }

  async function run() {
    const waiting = (await deps.store.all()).filter((d) => d.userId === deps.userId).sort(bySeq);
    const jobs = new Map<string, StepDraft[]>();
    for (const draft of waiting)
      jobs.set(draft.workOrderId, [...(jobs.get(draft.workOrderId) ?? []), draft]);
    for (const queue of jobs.values()) {
      // The network is shared: when it is down for one job it is down for all.
      if ((await sendJob(queue)) === 'offline') break;
    }
  }

  function flush(): Promise<void> {
    running = running
      .then(run)
      .catch(() => undefined)
      .then(refresh);
    return running;
  }

  async function fateOf(id: string): Promise<StepFate> {
    await flush();
    const draft = snapshot.find((d) => d.id === id);
    if (!draft) {
      const answer = answers.get(id);
      answers.delete(id);
      return { state: 'sent', answer };
    }
    return draft.state === 'failed' ? { state: 'failed', draft } : { state: 'queued' };
  }

  const outbox: Outbox = {
    drafts: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      loaded ??= refresh();
      return loaded;
    },
    async submit(input) {
      await outbox.load();
      const all = await deps.store.all();
      // Synchronous after the read: two submits in a row never share a place in the order.
      const seq = all.reduce((max, d) => Math.max(max, d.seq), lastSeq) + 1;
      lastSeq = seq;
      const id = deps.newId();
      const draft = newDraft(input, {
        id,
        userId: deps.userId,
        key: deps.newId(),
        seq,
        now: deps.now(),
      });
      await deps.store.put(draft);
      await refresh();
      return fateOf(id);
    },
    flush,
    async retry(id) {
      const draft = snapshot.find((d) => d.id === id && d.state === 'failed');
      if (draft) await deps.store.put({ ...draft, state: 'queued', error: null });
      return fateOf(id);
    },
    async replace(id, body) {
      // Only a refused draft may change: a queued one may already have reached the server.
      const draft = snapshot.find((d) => d.id === id && d.state === 'failed');
      if (draft) {
        await deps.store.put({
          ...draft,
          body,
          idempotencyKey: deps.newId(),
          state: 'queued',
          error: null,
        });
      }
      return fateOf(id);
    },
    async discard(id) {
      await deps.store.remove(id);
      await refresh();
    },
  };
  return outbox;
}
