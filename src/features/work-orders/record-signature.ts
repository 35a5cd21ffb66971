import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { storeFile } from '../../platform/files';
import { detectImage } from '../../platform/files/detect-image';
import type { RequestContext } from '../accounts';
import { decodeDataUrl } from './data-url.rules';
import { type SignaturePurpose, workOrderSignatures } from './on-site.table';

export type SignatureInput =
  | { method: 'signature'; signerName: string; signaturePng: string }
  | { method: 'verbal'; signerName: string; givenAt: string };

/**
 * Keeps the customer's consent with the order: a signature drawn on the phone (its bytes must
 * be a PNG, whatever the data URL claims) stored as a file of the order, or a verbal approval
 * with who gave it and when (not in the future).
 */
export async function recordSignature(
  tx: Tx,
  ctx: RequestContext,
  workOrderId: string,
  purpose: SignaturePurpose,
  input: SignatureInput,
): Promise<{ id: string }> {
  const now = ctx.clock.now();
  let fileId: string | null = null;
  let givenAt = now;
  if (input.method === 'signature') {
    const png = decodeDataUrl(input.signaturePng);
    if (!png || (await detectImage(png)) !== 'image/png') throw new AppError('SIGNATURE_NOT_PNG');
    ({ id: fileId } = await storeFile(tx, {
      tenantId: ctx.tenantId,
      ownerType: 'workOrder',
      ownerId: workOrderId,
      contentType: 'image/png',
      data: png,
    }));
  } else {
    givenAt = new Date(input.givenAt);
    if (givenAt > now) throw new AppError('GIVEN_AT_IN_FUTURE');
  }
  const [row] = await tx
    .insert(workOrderSignatures)
    .values({
      tenantId: ctx.tenantId,
      workOrderId,
      purpose,
      method: input.method,
      signerName: input.signerName,
      fileId,
      givenAt,
      recordedBy: ctx.user.id,
      createdAt: now,
    })
    .returning({ id: workOrderSignatures.id });
  return row!;
}

/** What the order's audit event says about the consent (the image stays in its file). */
export function signatureNote(input: SignatureInput): Record<string, unknown> {
  return {
    signatureMethod: input.method,
    signerName: input.signerName,
    ...(input.method === 'verbal' ? { givenAt: input.givenAt } : {}),
  };
}
