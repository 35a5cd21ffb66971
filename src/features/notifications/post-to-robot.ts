const TIMEOUT_MS = 10_000;

/**
 * POSTs a robot message. 企业微信 and 钉钉 answer 200 with `{errcode, errmsg}`; anything but a
 * 2xx status with errcode 0 is a failure (a wrong key, a bad signature, a rate limit).
 */
export async function postToRobot(url: string, payload: unknown): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(TIMEOUT_MS),
    redirect: 'error',
  });
  const text = await response.text();
  const reply = `HTTP ${response.status} ${text}`;
  if (!response.ok) throw new Error(reply);
  let errcode: unknown;
  try {
    errcode = (JSON.parse(text) as { errcode?: unknown }).errcode;
  } catch {
    throw new Error(`${reply} (not JSON)`);
  }
  if (errcode !== 0) throw new Error(reply);
  return reply;
}
