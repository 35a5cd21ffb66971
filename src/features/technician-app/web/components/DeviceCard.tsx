import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import type { WorkOrderDetail } from '../../../work-orders/work-order.schemas';

/** The device, its warranty today, and the fault as reported and as found. */
export function DeviceCard({ job }: { job: WorkOrderDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('technicianApp.job.device')}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('technicianApp.job.device')}>
          {job.asset ? `${job.asset.modelName} (${job.asset.modelCode})` : job.deviceDescription}
        </Descriptions.Item>
        {job.asset && (
          <Descriptions.Item label={t('technicianApp.job.serial')}>
            {job.asset.serialNumber}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('technicianApp.job.warranty')}>
          <WarrantyTag warranty={job.warranty} />
        </Descriptions.Item>
        <Descriptions.Item label={t('technicianApp.job.reportedFault')}>
          {job.faultDescription}
        </Descriptions.Item>
        {job.confirmedFault && (
          <Descriptions.Item label={t('technicianApp.job.confirmedFault')}>
            {job.confirmedFault}
          </Descriptions.Item>
        )}
        {job.diagnosis && (
          <Descriptions.Item label={t('technicianApp.job.diagnosis')}>
            {job.diagnosis}
          </Descriptions.Item>
        )}
        {job.resolution && (
          <Descriptions.Item label={t('technicianApp.resolve.workDone')}>
            {job.resolution}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
