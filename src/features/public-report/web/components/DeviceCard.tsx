import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicDeviceView } from '../../public-report.schemas';
import { WarrantyTag } from './WarrantyTag';

export function DeviceCard({ view }: { view: PublicDeviceView }) {
  const { t } = useTranslation();
  const { device } = view;
  return (
    <Card size="small" title={t('publicReport.device')}>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'model',
            label: t('publicReport.model'),
            children: `${device.modelName} (${device.modelCode})`,
          },
          {
            key: 'brand',
            label: t('publicReport.brand'),
            children: `${device.brand} · ${device.category}`,
          },
          { key: 'sn', label: t('publicReport.serialNumber'), children: device.serialNumber },
          ...(device.department
            ? [{ key: 'dept', label: t('publicReport.department'), children: device.department }]
            : []),
          {
            key: 'warranty',
            label: t('publicReport.warranty'),
            children: <WarrantyTag warranty={view.warranty} />,
          },
        ]}
      />
    </Card>
  );
}
