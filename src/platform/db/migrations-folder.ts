import { fileURLToPath } from 'node:url';

/** The generated, forward-only migrations at the repository root. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));
