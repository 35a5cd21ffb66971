import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../../../web/api/ApiError';
import { createOutbox } from './createOutbox';
import { memoryDraftStore } from './draftStore';
import type { StepDraft } from './stepDraft';

const JOB = '11111111-1111-4111-8111-111111111111';
const OTHER_JOB = '22222222-2222-4222-8222-222222222222';

/** A fake server: applies each Idempotency-Key once and replays its first answer after. */
function fakeServer() {
  const applied = new Map<string, unknown>();
  const calls: { path: string; key: string }[] = [];
  let network: 'up' | 'down' | 'loseAnswer' = 'up';
  let refuse: ApiError | null = null;
  return {
    calls,
    applied,
    setNetwork(state: typeof network) {
      network = state;
    },
    refuseNext(error: ApiError) {
      refuse = error;
    },
    async send(draft: StepDraft) {
      calls.push({ path: draft.path, key: draft.idempotencyKey });
      if (network === 'down') throw new NetworkError(new TypeError('Failed to fetch'));
      if (refuse) {
        const error = refuse;
        refuse = null;
        throw error;
      }
      if (!applied.has(draft.idempotencyKey)) applied.set(draft.idempotencyKey, { ok: draft.path });
      if (network === 'loseAnswer') {
        network = 'up';
        throw new NetworkError(new TypeError('connection reset'));
      }
      return applied.get(draft.idempotencyKey);
    },
  };
}

function setup(initialOnline = true) {
  const server = fakeServer();
  let online = initialOnline;
  let n = 0;
  const sent: string[] = [];
  const store = memoryDraftStore();
  const outbox = createOutbox({
    userId: 'u1',
    store,
    send: (d) => server.send(d),
    isOnline: () => online,
    newId: () => `id-${++n}`,
    now: () => new Date('2026-11-28T09:00:00Z'),
    onSent: (d) => sent.push(d.kind),
  });
  return {
    server,
    outbox,
    store,
    sent,
    setOnline: (value: boolean) => {
      online = value;
      server.setNetwork(value ? 'up' : 'down');
    },
  };
}

describe('the phone outbox', () => {
  it('sends a step at once when online and keeps nothing', async () => {
    const { outbox, server } = setup();
    const fate = await outbox.submit({ workOrderId: JOB, kind: 'arrive', body: { checklist: [] } });
    expect(fate).toEqual({ state: 'sent', answer: { ok: `/work-orders/${JOB}/arrive` } });
    expect(outbox.drafts()).toEqual([]);
    expect(server.applied.size).toBe(1);
  });

  it('keeps a step made offline and sends it once, with its key, when the network is back', async () => {
    const { outbox, server, setOnline, sent } = setup(false);
    const fate = await outbox.submit({ workOrderId: JOB, kind: 'start_travel', body: {} });
    expect(fate).toEqual({ state: 'queued' });
    expect(outbox.drafts()).toHaveLength(1);
    expect(server.calls).toHaveLength(0);
    const key = outbox.drafts()[0]!.idempotencyKey;

    setOnline(true);
    await outbox.flush();
    await outbox.flush();
    expect(outbox.drafts()).toEqual([]);
    expect(server.calls).toEqual([{ path: `/work-orders/${JOB}/start-travel`, key }]);
    expect(sent).toEqual(['start_travel']);
  });

  it('resends with the same key when the answer was lost, so the server applies it once', async () => {
    const { outbox, server } = setup();
    server.setNetwork('loseAnswer');
    const fate = await outbox.submit({ workOrderId: JOB, kind: 'confirm', body: { x: 1 } });
    expect(fate).toEqual({ state: 'queued' });
    expect(outbox.drafts()[0]?.attempts).toBe(1);
    await outbox.flush();
    expect(outbox.drafts()).toEqual([]);
    expect(server.calls).toHaveLength(2);
    expect(server.calls[0]!.key).toBe(server.calls[1]!.key);
    expect(server.applied.size).toBe(1);
  });

  it('keeps a job’s steps in order and stops a job behind a refused step', async () => {
    const { outbox, server, setOnline } = setup(false);
    await outbox.submit({ workOrderId: JOB, kind: 'start_travel', body: {} });
    await outbox.submit({ workOrderId: OTHER_JOB, kind: 'schedule', body: {} });
    await outbox.submit({ workOrderId: JOB, kind: 'arrive', body: {} });
    setOnline(true);
    server.refuseNext(new ApiError(409, 'INVALID_TRANSITION', '当前状态不允许此操作'));
    await outbox.flush();
    // The first job's travel was refused, so its arrival waits; the other job went through.
    expect(server.calls.map((c) => c.path)).toEqual([
      `/work-orders/${JOB}/start-travel`,
      `/work-orders/${OTHER_JOB}/schedule`,
    ]);
    const drafts = outbox.drafts();
    expect(drafts.map((d) => [d.kind, d.state])).toEqual([
      ['start_travel', 'failed'],
      ['arrive', 'queued'],
    ]);
    expect(drafts[0]?.error).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
      message: '当前状态不允许此操作',
    });
  });

  it('never drops a refused step by itself: the user retries or discards it', async () => {
    const { outbox, server } = setup();
    server.refuseNext(new ApiError(400, 'VALIDATION_FAILED', '请填写诊断'));
    const fate = await outbox.submit({ workOrderId: JOB, kind: 'confirm', body: { a: 1 } });
    expect(fate.state).toBe('failed');
    await outbox.flush();
    expect(outbox.drafts()).toHaveLength(1);
    expect(server.calls).toHaveLength(1);

    const id = outbox.drafts()[0]!.id;
    const key = outbox.drafts()[0]!.idempotencyKey;
    expect((await outbox.retry(id)).state).toBe('sent');
    expect(server.calls.map((c) => c.key)).toEqual([key, key]);
    expect(outbox.drafts()).toEqual([]);
  });

  it('gives a corrected step a new key and keeps its place', async () => {
    const { outbox, server, setOnline } = setup(false);
    await outbox.submit({ workOrderId: JOB, kind: 'confirm', body: { diagnosis: '' } });
    await outbox.submit({ workOrderId: JOB, kind: 'resolve', body: { workDone: '换电源' } });
    setOnline(true);
    server.refuseNext(new ApiError(400, 'VALIDATION_FAILED', '请填写诊断'));
    await outbox.flush();
    const [confirm] = outbox.drafts();
    const fate = await outbox.replace(confirm!.id, { diagnosis: '电源损坏' });
    expect(fate.state).toBe('sent');
    expect(outbox.drafts()).toEqual([]);
    expect(server.calls.map((c) => c.path.split('/').pop())).toEqual([
      'confirm',
      'confirm',
      'resolve',
    ]);
    expect(server.calls[1]!.key).not.toBe(confirm!.idempotencyKey);
  });

  it('does not change a queued draft: it may already have reached the server', async () => {
    const { outbox } = setup(false);
    await outbox.submit({ workOrderId: JOB, kind: 'confirm', body: { a: 1 } });
    const [draft] = outbox.drafts();
    await outbox.replace(draft!.id, { a: 2 });
    expect(outbox.drafts()[0]).toEqual(draft);
  });

  it('retries later after a gateway error or a lost session, without marking it refused', async () => {
    const { outbox, server } = setup();
    server.refuseNext(new ApiError(503, 'HTTP_503', 'Service Unavailable'));
    expect((await outbox.submit({ workOrderId: JOB, kind: 'photo', body: {} })).state).toBe(
      'queued',
    );
    server.refuseNext(new ApiError(401, 'UNAUTHENTICATED', '请先登录'));
    await outbox.flush();
    expect(outbox.drafts()[0]?.state).toBe('queued');
    await outbox.flush();
    expect(outbox.drafts()).toEqual([]);
  });

  it('counts a removal whose part is already gone as done (an earlier answer was lost)', async () => {
    const { outbox, server } = setup();
    server.refuseNext(new ApiError(404, 'NOT_FOUND', '记录不存在'));
    const fate = await outbox.submit({ workOrderId: JOB, kind: 'removePart', targetId: 'p1' });
    expect(fate.state).toBe('sent');
    expect(outbox.drafts()).toEqual([]);
  });

  it('gives steps submitted at once their own places, in the order submitted', async () => {
    const { outbox } = setup(false);
    await Promise.all([
      outbox.submit({ workOrderId: JOB, kind: 'photo', body: { n: 1 } }),
      outbox.submit({ workOrderId: JOB, kind: 'photo', body: { n: 2 } }),
      outbox.submit({ workOrderId: JOB, kind: 'photo', body: { n: 3 } }),
    ]);
    expect(outbox.drafts().map((d) => [d.seq, d.body])).toEqual([
      [1, { n: 1 }],
      [2, { n: 2 }],
      [3, { n: 3 }],
    ]);
    expect(new Set(outbox.drafts().map((d) => d.idempotencyKey)).size).toBe(3);
  });

  it('sends only the signed-in user’s drafts', async () => {
    const server = fakeServer();
    const store = memoryDraftStore();
    const other = createOutbox({
      userId: 'u2',
      store,
      send: (d) => server.send(d),
      isOnline: () => false,
      newId: () => 'other-1',
      now: () => new Date(),
    });
    await other.submit({ workOrderId: JOB, kind: 'arrive', body: {} });
    const mine = createOutbox({
      userId: 'u1',
      store,
      send: (d) => server.send(d),
      isOnline: () => true,
      newId: () => crypto.randomUUID(),
      now: () => new Date(),
    });
    await mine.load();
    await mine.flush();
    expect(mine.drafts()).toEqual([]);
    expect(server.calls).toEqual([]);
    expect(await store.all()).toHaveLength(1);
  });

  it('survives a reload: a new outbox on the same store sends what the old one kept', async () => {
    const server = fakeServer();
    const store = memoryDraftStore();
    const deps = {
      userId: 'u1',
      store,
      send: (d: StepDraft) => server.send(d),
      newId: () => crypto.randomUUID(),
      now: () => new Date(),
    };
    const before = createOutbox({ ...deps, isOnline: () => false });
    await before.submit({ workOrderId: JOB, kind: 'complete', body: { signerName: '王' } });
    const after = createOutbox({ ...deps, isOnline: () => true });
    await after.load();
    expect(after.drafts()).toHaveLength(1);
    await after.flush();
    expect(after.drafts()).toEqual([]);
    expect(server.applied.size).toBe(1);
  });
});
