import { type DraftStore, memoryDraftStore } from './draftStore';
import type { StepDraft } from './stepDraft';

const DB_NAME = 'aftersales-phone';
const STORE = 'stepDrafts';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    }
  };
  return done(request);
}

/**
 * Drafts in IndexedDB: they outlive a reload or a closed tab, and photos (a few hundred KB each)
 * fit, which localStorage's few MB would not. Where IndexedDB is unavailable (some private
 * modes) drafts live in memory for the visit.
 */
export function indexedDbDraftStore(): DraftStore {
  let opened: Promise<DraftStore> | null = null;
  const open = () =>
    (opened ??= openDatabase().then(
      (db): DraftStore => {
        const run = async <T>(
          mode: IDBTransactionMode,
          work: (s: IDBObjectStore) => IDBRequest<T>,
        ) => done(work(db.transaction(STORE, mode).objectStore(STORE)));
        return {
          all: () => run('readonly', (s) => s.getAll() as IDBRequest<StepDraft[]>),
          put: async (draft) => {
            await run('readwrite', (s) => s.put(draft));
          },
          remove: async (id) => {
            await run('readwrite', (s) => s.delete(id));
          },
        };
      },
      () => memoryDraftStore(),
    ));
  return {
    all: async () => (await open()).all(),
    put: async (draft) => (await open()).put(draft),
    remove: async (id) => (await open()).remove(id),
  };
}
