import { ApiError, NetworkError } from '../../../../web/api/ApiError';
import { currentLanguage } from '../../../../web/i18n/i18n';
import type {
  PublicDeviceView,
  PublicReportAnswer,
  PublicTrackingView,
} from '../../public-report.schemas';

/** An error answer of a public route; a 429 says how long to wait (Retry-After). */
export class PublicApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(status, code, message);
    this.name = 'PublicApiError';
  }
}

async function send<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/public${path}`, {
      ...init,
      headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() },
      // No cookies: these pages work the same for anyone holding the link.
      credentials: 'omit',
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      code?: string;
      message?: string;
    } | null;
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new PublicApiError(
      response.status,
      body?.code ?? `HTTP_${response.status}`,
      body?.message ?? response.statusText,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return (await response.json()) as T;
}

export interface ReportInput {
  fault: string;
  contactName: string;
  contactPhone: string;
  consent: boolean;
  photos: File[];
}

const path = (token: string) => encodeURIComponent(token);

export const publicReportApi = {
  device: (token: string) => send<PublicDeviceView>(`/devices/${path(token)}`),
  report: (token: string, input: ReportInput) => {
    const form = new FormData();
    form.append('fault', input.fault);
    form.append('contactName', input.contactName);
    form.append('contactPhone', input.contactPhone);
    form.append('consent', String(input.consent));
    for (const photo of input.photos) form.append('photos', photo, photo.name);
    return send<PublicReportAnswer>(`/devices/${path(token)}/reports`, {
      method: 'POST',
      body: form,
    });
  },
  tracking: (token: string) => send<PublicTrackingView>(`/tracking/${path(token)}`),
};
