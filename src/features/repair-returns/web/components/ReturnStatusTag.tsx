import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RepairReturnStatus, ShipmentStatus } from '../../repair-return.states';

const COLORS: Record<RepairReturnStatus, string> = {
  taken_back: 'purple',
  tested: 'blue',
  awaiting_approval: 'orange',
  handed_over: 'cyan',
  registered: 'geekblue',
  shipped: 'processing',
  at_vendor: 'gold',
  ready_to_return: 'lime',
  returned: 'success',
};

export function ReturnStatusTag({ status }: { status: RepairReturnStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="return-status" data-status={status}>
      {t(`repairReturns.status.${status}`)}
    </Tag>
  );
}

const SHIPMENT_COLORS: Record<ShipmentStatus, string> = {
  packing: 'orange',
  shipped: 'processing',
  arrived: 'success',
};

export function ShipmentStatusTag({ status }: { status: ShipmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={SHIPMENT_COLORS[status]} data-testid="shipment-status" data-status={status}>
      {t(`repairReturns.shipment.status.${status}`)}
    </Tag>
  );
}
