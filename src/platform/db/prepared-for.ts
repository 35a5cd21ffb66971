/** Shapes kept per handle; past this the handle's memory starts again (shapes are few). */
const MAX_PER_HANDLE = 200;
const byHandle = new WeakMap<object, Map<string, unknown>>();

/**
 * Prepared Drizzle statements, built once per database handle and shape instead of for every
 * request: building a large query's SQL costs more of the server's time than sending it. On
 * PostgreSQL a pooled connection keeps one handle (`pgTenantWork`), so a shape's statements
 * are built once per connection; elsewhere a handle lives for one transaction. `shape` must
 * name everything the statements' text depends on; values go in as placeholders.
 */
export function preparedFor<T>(handle: object, kind: string, shape: string, build: () => T): T {
  let memory = byHandle.get(handle);
  if (!memory) byHandle.set(handle, (memory = new Map()));
  const key = `${kind}:${shape}`;
  let statements = memory.get(key) as T | undefined;
  if (statements === undefined) {
    if (memory.size >= MAX_PER_HANDLE) memory.clear();
    statements = build();
    memory.set(key, statements);
  }
  return statements;
}
