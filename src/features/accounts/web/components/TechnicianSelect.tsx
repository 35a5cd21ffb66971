import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTechnicians } from '../hooks/useTechnicians';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  /** Leave out the technician who already holds the order (reassign). */
  excludeId?: string;
  allowClear?: boolean;
  size?: 'large' | 'middle';
  id?: string;
}

/** Active technicians with their open-order count, so the dispatcher can weigh the load. */
export function TechnicianSelect({ excludeId, ...props }: Props) {
  const { t } = useTranslation();
  const technicians = useTechnicians();
  const options = (technicians.data ?? [])
    .filter((technician) => technician.id !== excludeId)
    .map((technician) => ({
      value: technician.id,
      label: t('workOrders.technicianLoad', {
        name: technician.displayName,
        count: technician.openOrders,
      }),
      name: technician.displayName,
    }));
  return (
    <Select
      {...props}
      showSearch={{ optionFilterProp: 'name' }}
      loading={technicians.isPending}
      options={options}
      style={{ width: '100%' }}
      data-testid="technician-select"
    />
  );
}
