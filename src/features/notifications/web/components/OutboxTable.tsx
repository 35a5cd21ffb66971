import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../web/components/QueryError';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { OUTBOX_STATES, type OutboxMessageView } from '../../notification.schemas';
import { OUTBOX_CHANNELS, type OutboxChannel } from '../../notification-events';
import { useOutbox } from '../hooks/useNotificationSettings';
import { eventName } from '../noticeText';
import { DeliveryAttempts } from './DeliveryAttempts';

type OutboxState = (typeof OUTBOX_STATES)[number];
const STATE_COLOR: Record<OutboxState, string> = {
  pending: 'processing',
  sent: 'success',
  failed: 'error',
};

/** Every message sent outside the app, newest first; a row opens its text and attempts. */
export function OutboxTable() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [state, setState] = useState<OutboxState>();
  const [channel, setChannel] = useState<OutboxChannel>();
  const query = { page, pageSize: 20, state, channel };
  const outbox = useOutbox(query);
  const columns: TableProps<OutboxMessageView>['columns'] = [
    {
      title: t('notifications.outbox.createdAt'),
      key: 'createdAt',
      width: 150,
      render: (_, m) => formatDateTime(m.createdAt),
    },
    {
      title: t('notifications.outbox.channel'),
      key: 'channel',
      render: (_, m) => <Tag>{t(`notifications.outbox.channels.${m.channel}`)}</Tag>,
    },
    {
      title: t('notifications.outbox.event'),
      key: 'event',
      responsive: ['md'],
      render: (_, m) => eventName(t, m.event),
    },
    {
      title: t('notifications.outbox.state'),
      key: 'state',
      render: (_, m) => (
        <Tag color={STATE_COLOR[m.state]} data-testid="outbox-state">
          {t(`notifications.outbox.states.${m.state}`)}
        </Tag>
      ),
    },
    { title: t('notifications.outbox.attempts'), dataIndex: 'attempts' },
    {
      title: t('notifications.outbox.recipient'),
      dataIndex: 'recipient',
      ellipsis: true,
      width: 240,
    },
    {
      title: t('notifications.outbox.subject'),
      dataIndex: 'subject',
      ellipsis: true,
      width: 280,
      responsive: ['lg'],
    },
    {
      title: `${t('notifications.outbox.sentAt')} / ${t('notifications.outbox.nextAttemptAt')}`,
      key: 'when',
      responsive: ['md'],
      render: (_, m) => formatDateTime(m.sentAt ?? m.nextAttemptAt),
    },
  ];
  if (outbox.isError)
    return <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />;
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('notifications.outbox.allStates')}
          style={{ width: 140 }}
          value={state}
          onChange={(value) => {
            setState(value);
            setPage(1);
          }}
          options={OUTBOX_STATES.map((s) => ({
            value: s,
            label: t(`notifications.outbox.states.${s}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('notifications.outbox.allChannels')}
          style={{ width: 140 }}
          value={channel}
          onChange={(value) => {
            setChannel(value);
            setPage(1);
          }}
          options={OUTBOX_CHANNELS.map((c) => ({
            value: c,
            label: t(`notifications.outbox.channels.${c}`),
          }))}
        />
        <Button
          icon={<ReloadOutlined />}
          onClick={() => void outbox.refetch()}
          loading={outbox.isFetching}
        >
          {t('notifications.outbox.refresh')}
        </Button>
      </Flex>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={outbox.data?.items ?? []}
        loading={outbox.isLoading}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (m) => <DeliveryAttempts message={m} />,
          expandRowByClick: true,
        }}
        pagination={{
          current: page,
          pageSize: query.pageSize,
          total: outbox.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </>
  );
}
