import { Table, Tag, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { UserView } from '../../account.schemas';
import { RoleTags } from './RoleTags';
import { UserRowActions, type UserDialog } from './UserRowActions';

interface Props {
  users: UserView[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (dialog: UserDialog, user: UserView) => void;
}

export function UserTable({
  users,
  total,
  page,
  pageSize,
  isLoading,
  onPageChange,
  onOpen,
}: Props) {
  const { t } = useTranslation();
  const columns: TableProps<UserView>['columns'] = [
    { title: t('users.username'), dataIndex: 'username' },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.phone'), dataIndex: 'phone', responsive: ['md'] },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (_, user) => <RoleTags roles={user.roles} />,
    },
    {
      title: t('users.state'),
      dataIndex: 'isDisabled',
      render: (_, user) =>
        user.isDisabled ? (
          <Tooltip title={user.disabledReason}>
            <Tag color="red">{t('users.disabled')}</Tag>
          </Tooltip>
        ) : (
          <Tag color="green">{t('users.active')}</Tag>
        ),
    },
    {
      title: t('users.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      responsive: ['lg'],
      render: (value: string | null) => formatDateTime(value),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => <UserRowActions user={user} onOpen={onOpen} />,
    },
  ];
  return (
    <Table<UserView>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (count) => t('common.total', { total: count }),
        onChange: onPageChange,
      }}
    />
  );
}
