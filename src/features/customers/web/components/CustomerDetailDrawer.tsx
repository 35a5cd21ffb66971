import { Alert, Descriptions, Divider, Drawer, Flex, Grid, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { QueryError } from '../../../../web/components/QueryError';
import { RowList } from '../../../../web/components/RowList';
import { hasPermission } from '../../../accounts/roles';
import { useCustomer } from '../hooks/useCustomer';
import { AddContactForm } from './AddContactForm';
import { AddDepartmentForm } from './AddDepartmentForm';
import { CustomerActions } from './CustomerActions';

function PhoneLink({ phone }: { phone: string | null }) {
  return phone ? <a href={`tel:${phone}`}>{phone}</a> : null;
}

export function CustomerDetailDrawer({
  customerId,
  onClose,
}: {
  customerId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const customer = useCustomer(customerId);
  const canWrite = hasPermission(useSessionUser().roles, 'customers.write');
  const data = customer.data;
  const departmentName = (id: string | null) => data?.departments.find((d) => d.id === id)?.name;
  return (
    <Drawer
      open={Boolean(customerId)}
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      title={
        data ? (
          <>
            {data.name} {data.isCancelled && <Tag color="red">{t('customers.cancelled')}</Tag>}
          </>
        ) : (
          t('customers.detail')
        )
      }
      extra={canWrite && data && !data.isCancelled && <CustomerActions customer={data} />}
    >
      {customer.isError && (
        <QueryError error={customer.error} onRetry={() => void customer.refetch()} />
      )}
      {customer.isPending && <Skeleton active />}
      {data && (
        <>
          {data.isCancelled && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('customers.cancelledNotice')}
            />
          )}
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('customers.phone')}>
              <PhoneLink phone={data.phone} />
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.address')}>{data.address}</Descriptions.Item>
            <Descriptions.Item label={t('customers.coordinates')}>
              {data.lat !== null && data.lng !== null && `${data.lat}, ${data.lng}`}
            </Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start">{t('customers.departments')}</Divider>
          <RowList
            items={data.departments}
            rowKey={(d) => d.id}
            emptyText={t('customers.noDepartments')}
            renderRow={(d) => (
              <Flex justify="space-between">
                {d.name} <PhoneLink phone={d.phone} />
              </Flex>
            )}
          />
          {canWrite && <AddDepartmentForm customerId={data.id} />}
          <Divider titlePlacement="start">{t('customers.contacts')}</Divider>
          <RowList
            items={data.contacts}
            rowKey={(c) => c.id}
            emptyText={t('customers.noContacts')}
            renderRow={(c) => (
              <Flex justify="space-between" gap={8}>
                <span>
                  {c.name}{' '}
                  <Typography.Text type="secondary">
                    {[c.title, departmentName(c.departmentId)].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </span>
                <PhoneLink phone={c.phone} />
              </Flex>
            )}
          />
          {canWrite && <AddContactForm customer={data} />}
        </>
      )}
    </Drawer>
  );
}
