import type { StepDraft } from './stepDraft';

/** Where drafts wait: IndexedDB in the browser (they survive a reload), memory in tests. */
export interface DraftStore {
  all(): Promise<StepDraft[]>;
  put(draft: StepDraft): Promise<void>;
  remove(id: string): Promise<void>;
}

export function memoryDraftStore(initial: StepDraft[] = []): DraftStore {
  const drafts = new Map(initial.map((d) => [d.id, d]));
  return {
    all: async () => [...drafts.values()].map((d) => structuredClone(d)),
    put: async (draft) => {
      drafts.set(draft.id, structuredClone(draft));
    },
    remove: async (id) => {
      drafts.delete(id);
    },
  };
}
