import { ApiError, NetworkError } from '../api/ApiError';
import { buildUrl } from '../api/apiRequest';
import { currentLanguage } from '../i18n/i18n';

type QueryValue = string | number | boolean | undefined | null;

/** The name the server gave (`filename*=UTF-8''…`), which carries the Chinese name. */
function fileNameOf(response: Response): string | null {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
}

/** An error answer as the API client shows it: the server's message, in the UI language. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    code?: string;
    message?: string;
  } | null;
  return new ApiError(
    response.status,
    body?.code ?? `HTTP_${response.status}`,
    body?.message ?? response.statusText,
  );
}

/** Saves bytes under a name, as if the user had clicked a download link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** GETs a file with the session cookie and saves it; answers the saved file's name. */
export async function downloadFile(
  path: string,
  query: Record<string, QueryValue>,
  fallbackName: string,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLanguage() },
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await apiErrorOf(response);
  const fileName = fileNameOf(response) ?? fallbackName;
  saveBlob(await response.blob(), fileName);
  return fileName;
}
