import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { LoanView } from '../../inventory.schemas';

/** Loans, out and back: who has which unit, until when, in what condition. */
export function LoanTable({ loans, isLoading }: { loans: LoanView[]; isLoading: boolean }) {
  const { t } = useTranslation();
  const columns: TableProps<LoanView>['columns'] = [
    {
      title: t('inventory.loaners.code'),
      key: 'loaner',
      render: (_, l) => `${l.loaner.code} · ${l.loaner.serialNumber}`,
    },
    { title: t('inventory.loans.customer'), key: 'customer', render: (_, l) => l.customer.name },
    {
      title: t('inventory.loans.repairReturn'),
      key: 'repairReturn',
      render: (_, l) =>
        l.repairReturn ? (
          <Link to={`/repair-returns/${l.repairReturn.id}`}>{l.repairReturn.number}</Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('inventory.loans.lentAt'),
      key: 'lentAt',
      render: (_, l) => `${formatDateTime(l.lentAt)} · ${l.lentBy.name}`,
    },
    {
      title: t('inventory.loans.dueOn'),
      key: 'dueOn',
      render: (_, l) => (
        <>
          <Typography.Text type={l.overdue ? 'danger' : undefined}>{l.dueOn}</Typography.Text>{' '}
          {l.overdue && (
            <Tag color="error" data-testid="loan-overdue">
              {t('inventory.loans.overdue')}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t('inventory.loans.conditionOut'),
      dataIndex: 'conditionOut',
      render: (c: string | null) => c ?? '',
    },
    {
      title: t('inventory.loans.returnedAt'),
      key: 'returnedAt',
      render: (_, l) =>
        l.returnedAt ? `${formatDateTime(l.returnedAt)} · ${l.returnedBy?.name ?? ''}` : '—',
    },
    {
      title: t('inventory.loans.conditionBack'),
      dataIndex: 'conditionBack',
      render: (c: string | null) => c ?? '',
    },
  ];
  return (
    <Table<LoanView>
      rowKey="id"
      columns={columns}
      dataSource={loans}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="loans"
    />
  );
}
