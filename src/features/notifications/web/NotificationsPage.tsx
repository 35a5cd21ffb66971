import { Button, Card, Checkbox, Flex, Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../web/api/useShowError';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { RowList } from '../../../web/components/RowList';
import { NotificationRow } from './components/NotificationRow';
import { useMarkNotificationsRead, useMyNotifications } from './hooks/useMyNotifications';
import { useOpenNotification } from './hooks/useOpenNotification';

/** Every notification of the signed-in user, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const showError = useShowError();
  const [page, setPage] = useState(1);
  const [isUnreadOnly, setUnreadOnly] = useState(false);
  const query = { page, pageSize: 20, unreadOnly: isUnreadOnly ? 'true' : 'false' } as const;
  const list = useMyNotifications(query);
  const { markAllRead } = useMarkNotificationsRead();
  const open = useOpenNotification();
  const unread = list.data?.unread ?? 0;
  return (
    <Card>
      <PageTitle
        title={t('notifications.pageTitle')}
        extra={
          <Flex gap={12} align="center" wrap>
            <Checkbox
              checked={isUnreadOnly}
              onChange={(event) => {
                setUnreadOnly(event.target.checked);
                setPage(1);
              }}
            >
              {t('notifications.unreadOnly')} ({unread})
            </Checkbox>
            <Button
              disabled={unread === 0}
              loading={markAllRead.isPending}
              onClick={() => markAllRead.mutate(undefined, { onError: showError })}
              data-testid="mark-all-read"
            >
              {t('notifications.markAllRead')}
            </Button>
          </Flex>
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <RowList
            items={list.data?.items ?? []}
            rowKey={(n) => n.id}
            renderRow={(n) => <NotificationRow notification={n} onOpen={open} />}
            emptyText={t('notifications.empty')}
            isLoading={list.isFetching}
          />
          {(list.data?.total ?? 0) > query.pageSize && (
            <Pagination
              style={{ marginTop: 16 }}
              current={page}
              pageSize={query.pageSize}
              total={list.data?.total ?? 0}
              showSizeChanger={false}
              onChange={setPage}
            />
          )}
        </>
      )}
    </Card>
  );
}
