/**
 * The origin e-mail and robot links point at (PUBLIC_BASE_URL, or the server's own address),
 * set once when the server starts. Unset, a link is the app path alone.
 */
let linkBase: string | undefined;

export function setNotificationLinkBase(origin: string | undefined): void {
  linkBase = origin?.replace(/\/+$/, '') || undefined;
}

export function absoluteLink(path: string | undefined): string | undefined {
  if (!path) return undefined;
  return linkBase && path.startsWith('/') ? `${linkBase}${path}` : path;
}
