import type { App } from '../../platform/http/app-types';

/** The smallest valid 1×1 PNG. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface TestPhoto {
  name: string;
  type: string;
  data: Buffer;
}

export const validFields = {
  fault: '屏幕不亮，开机无反应',
  contactName: '李护士',
  contactPhone: '13995112345',
  consent: 'true',
};

/** A multipart body as a browser's FormData would send it. */
export async function reportForm(
  fields: Record<string, string>,
  photos: readonly TestPhoto[] = [],
): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const p of photos)
    form.append('photos', new Blob([new Uint8Array(p.data)], { type: p.type }), p.name);
  const response = new Response(form);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type')!,
  };
}

/** Posts a report to a device token from a client address (no network: app.inject). */
export async function postReport(
  app: App,
  token: string,
  options: { ip?: string; fields?: Record<string, string>; photos?: readonly TestPhoto[] } = {},
) {
  const { body, contentType } = await reportForm(options.fields ?? validFields, options.photos);
  return app.inject({
    method: 'POST',
    url: `/api/public/devices/${token}/reports`,
    payload: body,
    headers: { 'content-type': contentType },
    remoteAddress: options.ip ?? freshAddress(),
  });
}

let addresses = 0;
/** A client address no other call of this test run used, so per-address limits start empty. */
export function freshAddress(): string {
  addresses += 1;
  return `10.9.${addresses >> 8}.${addresses & 255}`;
}
