import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { ReturnsBoardView } from '../../returns-board.schemas';

type Row = ReturnsBoardView['noticesDue'][number];

/** 14-day notices the customer is owed now: whose, why, since when. */
export function NoticesDueTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<Row>
      rowKey={(r) => r.notice.id}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({
        onClick: () => void navigate(`/repair-returns/${r.repairReturn.id}`),
        style: { cursor: 'pointer' },
      })}
      columns={[
        {
          title: t('repairReturns.field.number'),
          render: (_, r) => (
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {r.repairReturn.number}
            </Typography.Text>
          ),
        },
        {
          title: t('repairReturns.field.customer'),
          render: (_, r) => r.repairReturn.customer.name,
        },
        {
          title: t('repairReturns.notice.reasonTitle'),
          render: (_, r) => t(`repairReturns.notice.reason.${r.notice.reason}`),
        },
        {
          title: t('repairReturns.notice.dueTitle'),
          render: (_, r) => formatDateTime(r.notice.dueAt),
        },
        {
          title: t('repairReturns.field.expectedReturnOn'),
          render: (_, r) => r.repairReturn.expectedReturnOn ?? '—',
        },
      ]}
    />
  );
}
