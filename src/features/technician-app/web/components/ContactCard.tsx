import { EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../work-orders/work-order.schemas';
import { navigationHref, telHref } from '../jobs/links';

/** Who to call and where to go: a call button, the address and a navigation button. */
export function ContactCard({ job }: { job: WorkOrderDetail }) {
  const { t } = useTranslation();
  const nav = navigationHref({
    name: job.customer.name,
    address: job.address,
    location: job.location,
  });
  return (
    <Card size="small" title={t('technicianApp.job.contact')}>
      <Flex vertical gap={12}>
        <Typography.Text>
          {job.contactName} · {job.contactPhone}
        </Typography.Text>
        <Button
          size="large"
          block
          icon={<PhoneOutlined />}
          href={telHref(job.contactPhone)}
          data-testid="call-customer"
        >
          {t('technicianApp.job.call')}
        </Button>
        {job.address && (
          <Typography.Text>
            <EnvironmentOutlined /> {job.address}
          </Typography.Text>
        )}
        {nav && (
          <Button
            size="large"
            block
            icon={<EnvironmentOutlined />}
            href={nav}
            target="_blank"
            rel="noreferrer"
            data-testid="navigate"
          >
            {t('technicianApp.job.navigate')}
          </Button>
        )}
        {job.window && (
          <Typography.Text data-testid="job-window">
            {t(
              job.window.agreed
                ? 'technicianApp.job.agreedWindow'
                : 'technicianApp.job.preferredWindow',
            )}
            {': '}
            {dayjs(job.window.start).format('MM-DD HH:mm')}–
            {dayjs(job.window.end).format(
              dayjs(job.window.end).isSame(job.window.start, 'day') ? 'HH:mm' : 'MM-DD HH:mm',
            )}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
