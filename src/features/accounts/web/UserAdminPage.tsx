import { PlusOutlined, SafetyOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import type { UserView } from '../account.schemas';
import { ROLES, type Role } from '../roles';
import { PasswordPolicyModal } from './components/PasswordPolicyModal';
import { UserDialogs } from './components/UserDialogs';
import type { UserDialog } from './components/UserRowActions';
import { UserTable } from './components/UserTable';
import { useUserList } from './hooks/useUserList';

export function UserAdminPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<{ dialog: UserDialog | 'create'; user?: UserView } | null>(null);
  const [isPolicyOpen, setPolicyOpen] = useState(false);
  const users = useUserList({ q: q || undefined, role, ...paging });
  return (
    <Card>
      <PageTitle
        title={t('users.title')}
        extra={
          <Flex gap={8} wrap>
            <ExportButton list="users" />
            <Button icon={<SafetyOutlined />} onClick={() => setPolicyOpen(true)}>
              {t('users.passwordPolicyTitle')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ dialog: 'create' })}
            >
              {t('users.newUser')}
            </Button>
          </Flex>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          style={{ maxWidth: 280 }}
          onSearch={(value) => {
            setQ(value.trim());
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
        <Select<Role>
          allowClear
          placeholder={t('users.filterRole')}
          style={{ minWidth: 180 }}
          value={role}
          options={ROLES.map((value) => ({ value, label: t(`enums.role.${value}`) }))}
          onChange={(value) => {
            setRole(value);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
      </Flex>
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <UserTable
          users={users.data?.items ?? []}
          total={users.data?.total ?? 0}
          {...paging}
          isLoading={users.isFetching}
          onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          onOpen={(dialog, user) => setOpen({ dialog, user })}
        />
      )}
      <PasswordPolicyModal open={isPolicyOpen} onClose={() => setPolicyOpen(false)} />
      <UserDialogs dialog={open?.dialog ?? null} user={open?.user} onClose={() => setOpen(null)} />
    </Card>
  );
}
