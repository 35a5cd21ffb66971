import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { findCategory } from '../catalog';
import { assertTechnician } from './assert-technician';
import { auditTechnician } from './audit-technician';
import { getTechnicianProfile } from './get-technician-profile';
import type { AddCertificateBody, TechnicianProfileView } from './technician-profile.schemas';
import { technicianCertificates } from './technicians.table';

export async function addTechnicianCertificate(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  input: AddCertificateBody,
): Promise<TechnicianProfileView> {
  await assertTechnician(tx, ctx.tenantId, userId);
  const category = await findCategory(tx, ctx.tenantId, input.categoryId);
  if (category.cancelledAt) throw new AppError('CATEGORY_CANCELLED');
  const [certificate] = await tx
    .insert(technicianCertificates)
    .values({
      tenantId: ctx.tenantId,
      userId,
      categoryId: input.categoryId,
      name: input.name,
      number: input.number || null,
      expiresOn: input.expiresOn,
    })
    .returning();
  await auditTechnician(tx, ctx, userId, 'addCertificate', {
    after: {
      certificateId: certificate!.id,
      categoryId: input.categoryId,
      name: input.name,
      number: certificate!.number,
      expiresOn: input.expiresOn,
    },
  });
  return getTechnicianProfile(tx, ctx, userId);
}
