import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { ShipmentView } from './shipment.schemas';
import { shipmentViews } from './shipment-views';

export async function getShipment(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<ShipmentView> {
  const [view] = await shipmentViews(db, tenantId, [id]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}
