import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { NoticeView } from '../../follow-up.schemas';
import type { RepairReturnView } from '../../repair-return.schemas';

/** The 14-day notices (超期告知) and any loaner lent meanwhile. */
export function NoticesCard({
  rr,
  canRecord,
  onRecord,
}: {
  rr: RepairReturnView;
  canRecord: boolean;
  onRecord: (notice: NoticeView) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('repairReturns.notice.card')} data-testid="notices-card">
      <List<NoticeView>
        dataSource={rr.notices}
        renderItem={(n) => (
          <List.Item
            data-testid="notice"
            data-done={n.doneAt ? 'true' : 'false'}
            actions={
              !n.doneAt && canRecord
                ? [
                    <Button
                      key="record"
                      type="primary"
                      onClick={() => onRecord(n)}
                      data-testid="record-notice"
                    >
                      {t('repairReturns.notice.record')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  {t(`repairReturns.notice.reason.${n.reason}`)}
                  {n.doneAt ? (
                    <Tag color="success">{t('repairReturns.notice.done')}</Tag>
                  ) : (
                    <Tag color="warning">
                      {t('repairReturns.notice.dueAt', { time: formatDateTime(n.dueAt) })}
                    </Tag>
                  )}
                </Space>
              }
              description={
                n.doneAt && (
                  <Space direction="vertical" size={2}>
                    <Typography.Text>
                      {formatDateTime(n.doneAt)} · {n.doneBy?.name} ·{' '}
                      {n.channel ? t(`repairReturns.notice.channels.${n.channel}`) : ''}
                    </Typography.Text>
                    <Typography.Text>{n.message}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('repairReturns.notice.answered', { answer: n.customerAnswer ?? '' })}
                    </Typography.Text>
                    {n.loan ? (
                      <Typography.Text>
                        {t('repairReturns.notice.loanLent', {
                          code: n.loan.loanerCode,
                          date: n.loan.dueOn,
                        })}
                      </Typography.Text>
                    ) : (
                      n.loanerOffered && (
                        <Typography.Text>
                          {t('repairReturns.notice.loanOfferedOnly')}
                        </Typography.Text>
                      )
                    )}
                  </Space>
                )
              }
            />
          </List.Item>
        )}
      />
      {rr.loans.length > 0 && (
        <>
          <Typography.Title level={5}>{t('repairReturns.loans.title')}</Typography.Title>
          <List
            size="small"
            dataSource={rr.loans}
            renderItem={(l) => (
              <List.Item>
                {l.loanerCode} ·{' '}
                {t('repairReturns.loans.lentAt', { time: formatDateTime(l.lentAt) })} ·{' '}
                {t('repairReturns.loans.dueOn', { date: l.dueOn })}
                {l.returnedAt
                  ? ` · ${t('repairReturns.loans.returnedAt', { time: formatDateTime(l.returnedAt) })}`
                  : ''}
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
