import { createContext } from 'react';
import type { Outbox } from './createOutbox';

export const OutboxContext = createContext<Outbox | null>(null);
