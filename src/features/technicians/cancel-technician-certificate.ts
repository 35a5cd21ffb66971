import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { assertTechnician } from './assert-technician';
import { auditTechnician } from './audit-technician';
import { getTechnicianProfile } from './get-technician-profile';
import type { TechnicianProfileView } from './technician-profile.schemas';
import { technicianCertificates } from './technicians.table';

/** Cancels a certificate (entered by mistake, revoked); the reason is kept in the audit trail. */
export async function cancelTechnicianCertificate(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  certificateId: string,
  input: { reason: string },
): Promise<TechnicianProfileView> {
  await assertTechnician(tx, ctx.tenantId, userId);
  const [certificate] = await tx
    .select()
    .from(technicianCertificates)
    .where(
      and(
        eq(technicianCertificates.tenantId, ctx.tenantId),
        eq(technicianCertificates.userId, userId),
        eq(technicianCertificates.id, certificateId),
      ),
    )
    .for('update');
  if (!certificate) throw new AppError('NOT_FOUND');
  if (certificate.cancelledAt) throw new AppError('INVALID_TRANSITION');
  await tx
    .update(technicianCertificates)
    .set({ cancelledAt: ctx.clock.now() })
    .where(eq(technicianCertificates.id, certificateId));
  await auditTechnician(tx, ctx, userId, 'cancelCertificate', {
    before: { certificateId, name: certificate.name, expiresOn: certificate.expiresOn },
    after: { certificateId, cancelled: true, reason: input.reason },
  });
  return getTechnicianProfile(tx, ctx, userId);
}
