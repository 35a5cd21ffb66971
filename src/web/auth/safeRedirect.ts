/** Only same-site paths: `?next=//evil.example` must not become an open redirect. */
export function safeRedirect(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login'))
    return null;
  return next;
}
