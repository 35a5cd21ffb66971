import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hasPermission } from '../../accounts/roles';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { ExportButton } from '../../../web/components/ExportButton';
import { ImportButton } from '../../../web/components/ImportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { useDebouncedValue } from '../../../web/lib/useDebouncedValue';
import { CreateCustomerModal } from './components/CreateCustomerModal';
import { CustomerDetailDrawer } from './components/CustomerDetailDrawer';
import { CustomerTable } from './components/CustomerTable';
import { useCustomerList } from './hooks/useCustomerList';

/** The open customer is in the URL (?customer=id) so the drawer survives reload and back. */
export function CustomerListPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [isCreating, setCreating] = useState(false);
  const customers = useCustomerList({ q: q || undefined, ...paging });
  const openCustomer = (id: string | undefined) =>
    setSearchParams((params) => {
      if (id) params.set('customer', id);
      else params.delete('customer');
      return params;
    });
  const canWrite = hasPermission(user.roles, 'customers.write');
  return (
    <Card>
      <PageTitle
        title={t('customers.title')}
        extra={
          <Space wrap>
            <ExportButton list="customers" filters={{ q: q || undefined }} />
            <ImportButton kind="customers" />
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('customers.newCustomer')}
              </Button>
            )}
          </Space>
        }
      />
      <Input.Search
        allowClear
        value={search}
        placeholder={t('customers.searchPlaceholder')}
        style={{ maxWidth: 320, marginBottom: 16 }}
        onChange={(event) => {
          setSearch(event.target.value);
          setPaging((current) => ({ ...current, page: 1 }));
        }}
      />
      {customers.isError ? (
        <QueryError error={customers.error} onRetry={() => void customers.refetch()} />
      ) : (
        <CustomerTable
          customers={customers.data?.items ?? []}
          total={customers.data?.total ?? 0}
          {...paging}
          isLoading={customers.isFetching}
          onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          onOpen={(customer) => openCustomer(customer.id)}
        />
      )}
      <CreateCustomerModal
        open={isCreating}
        onClose={() => setCreating(false)}
        onCreated={(customer) => {
          setCreating(false);
          openCustomer(customer.id);
        }}
      />
      <CustomerDetailDrawer
        customerId={searchParams.get('customer') ?? undefined}
        onClose={() => openCustomer(undefined)}
      />
    </Card>
  );
}
