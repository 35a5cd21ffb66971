import type { ImportKind, ImportReport } from '../../features/imports/import.schemas';
import { NetworkError } from '../api/ApiError';
import { buildUrl } from '../api/apiRequest';
import { currentLanguage } from '../i18n/i18n';
import { apiErrorOf } from './downloadFile';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the workbook as the raw request body; the report comes back in both languages. */
export async function uploadWorkbook(
  kind: ImportKind,
  file: Blob,
  { dryRun }: { dryRun: boolean },
): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(buildUrl(`/imports/${kind}`, { dryRun }), {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: {
        'Content-Type': XLSX_MIME,
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
      },
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await apiErrorOf(response);
  return (await response.json()) as ImportReport;
}
