import { ApiError, NetworkError } from '../../../../web/api/ApiError';
import { apiRequest, buildUrl } from '../../../../web/api/apiRequest';
import { currentLanguage } from '../../../../web/i18n/i18n';
import type { AssetTokenUrlView, LabelAssetView, LabelField } from '../../labels.schemas';

export interface LabelSheetInput {
  customerId: string;
  departmentId?: string;
  assetIds?: string[];
  grid: { columns: number; rows: number };
  marginMm: number;
  includeFields: LabelField[];
  cutLines: boolean;
}

/** The sheet comes back as a PDF, not JSON; errors still come as `{ code, message }`. */
async function fetchPdf(path: string, body: unknown): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path), {
      method: 'POST',
      headers: {
        Accept: 'application/pdf, application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as {
      code?: string;
      message?: string;
    } | null;
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ?? response.statusText,
    );
  }
  return response.blob();
}

export const labelsApi = {
  assets: (customerId: string, departmentId?: string) =>
    apiRequest<LabelAssetView[]>('/labels/assets', { query: { customerId, departmentId } }),
  printSheet: (input: LabelSheetInput) => fetchPdf('/labels/sheet', input),
  reissueToken: (assetId: string) =>
    apiRequest<AssetTokenUrlView>(`/assets/${assetId}/token/reissue`, { method: 'POST' }),
  revokeToken: (assetId: string) =>
    apiRequest<void>(`/assets/${assetId}/token/revoke`, { method: 'POST' }),
};
