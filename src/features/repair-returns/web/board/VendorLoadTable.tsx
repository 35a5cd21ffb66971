import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ReturnsBoardView } from '../../returns-board.schemas';

type Row = ReturnsBoardView['byVendor'][number];

/** Per vendor: items away now, the longest away, and how many chases are overdue. */
export function VendorLoadTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<Row>
      rowKey={(r) => r.vendor.id}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({
        onClick: () => void navigate(`/repair-returns?vendorId=${r.vendor.id}`),
        style: { cursor: 'pointer' },
      })}
      columns={[
        { title: t('repairReturns.field.vendor'), render: (_, r) => r.vendor.name },
        { title: t('repairReturns.board.withVendor'), dataIndex: 'withVendor', align: 'right' },
        {
          title: t('repairReturns.board.oldestDays'),
          dataIndex: 'oldestDays',
          align: 'right',
          render: (v: number) => (
            <span style={{ whiteSpace: 'nowrap' }}>{t('repairReturns.days', { count: v })}</span>
          ),
        },
        {
          title: t('repairReturns.board.chaseOverdue'),
          dataIndex: 'chaseOverdue',
          align: 'right',
          render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
        },
      ]}
    />
  );
}
