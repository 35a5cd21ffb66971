import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useShowError } from '../../../web/api/useShowError';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { formatDateTime } from '../../../web/lib/formatDateTime';
import type { StockCountView } from '../inventory.schemas';
import { inventoryApi } from './api/inventoryApi';
import { StockCountLinesTable } from './components/StockCountLinesTable';
import { StockCountStatusTag } from './components/StockCountStatusTag';
import { useInventoryMutation, useStockCount } from './hooks/queries';
import { type CountEdits, countSummary, hasUnsavedEdits, linesToSave } from './lib/stockCountEdits';

/** Saves what was typed (if anything), so a post or a cancel acts on the latest version. */
async function saved(count: StockCountView, edits: CountEdits): Promise<StockCountView> {
  const lines = linesToSave(count.lines, edits);
  if (!hasUnsavedEdits(count.lines, edits) || lines.length === 0) return count;
  return inventoryApi.counts.saveLines(count.id, { version: count.version, lines });
}

/**
 * One stock count: type the counted quantities, save, see the differences, and post them —
 * each difference becomes an adjustment in the ledger — or cancel the count.
 */
export function StockCountDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const count = useStockCount(id);
  const [edits, setEdits] = useState<CountEdits>({});
  const save = useInventoryMutation((c: StockCountView) => saved(c, edits));
  const post = useInventoryMutation(async (c: StockCountView) => {
    const latest = await saved(c, edits);
    return inventoryApi.counts.post(latest.id, latest.version);
  });
  const cancel = useInventoryMutation((c: StockCountView) =>
    inventoryApi.counts.cancel(c.id, c.version),
  );
  if (count.isPending) return <Skeleton active />;
  if (count.isError) return <QueryError error={count.error} onRetry={() => void count.refetch()} />;
  const c = count.data;
  const isOpen = c.status === 'open';
  const summary = countSummary(c.lines, edits);
  const isDirty = hasUnsavedEdits(c.lines, edits);
  const done = (text: string) => () => {
    setEdits({});
    void message.success(text);
  };
  const confirmPost = () =>
    modal.confirm({
      title: t('inventory.counts.postTitle', { number: c.number }),
      content: t('inventory.counts.postContent', { count: summary.differing }),
      okText: t('inventory.counts.post'),
      cancelText: t('common.cancel'),
      onOk: () =>
        post.mutateAsync(c, { onSuccess: done(t('inventory.counts.posted')), onError: showError }),
    });
  const confirmCancel = () =>
    modal.confirm({
      title: t('inventory.counts.cancelTitle', { number: c.number }),
      okText: t('inventory.counts.cancel'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: () =>
        cancel.mutateAsync(c, {
          onSuccess: done(t('inventory.counts.cancelled')),
          onError: showError,
        }),
    });
  return (
    <Flex vertical gap={16}>
      <div>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          onClick={() => void navigate('/stock-counts')}
        >
          {t('inventory.counts.backToList')}
        </Button>
      </div>
      <Card>
        <PageTitle
          title={
            <span data-testid="count-number">
              {t('inventory.counts.detailTitle', { number: c.number })}{' '}
              <StockCountStatusTag status={c.status} />
            </span>
          }
          extra={
            isOpen && (
              <Flex gap={8} wrap>
                <Button
                  disabled={!isDirty}
                  loading={save.isPending}
                  onClick={() =>
                    save.mutate(c, { onSuccess: done(t('common.saved')), onError: showError })
                  }
                  data-testid="save-count"
                >
                  {t('common.save')}
                </Button>
                <Button
                  type="primary"
                  disabled={summary.uncounted > 0}
                  loading={post.isPending}
                  onClick={confirmPost}
                  data-testid="post-count"
                >
                  {t('inventory.counts.post')}
                </Button>
                <Button danger loading={cancel.isPending} onClick={confirmCancel}>
                  {t('inventory.counts.cancel')}
                </Button>
              </Flex>
            )
          }
        />
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('inventory.stock.warehouse')}>
            {c.warehouse.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('inventory.counts.createdBy')}>
            {c.createdBy.name} · {formatDateTime(c.createdAt)}
          </Descriptions.Item>
          {c.postedBy && (
            <Descriptions.Item label={t('inventory.counts.postedBy')}>
              {c.postedBy.name} · {formatDateTime(c.postedAt)}
            </Descriptions.Item>
          )}
          {c.note && <Descriptions.Item label={t('inventory.note')}>{c.note}</Descriptions.Item>}
        </Descriptions>
        {isOpen && (
          <Alert
            style={{ marginBottom: 16 }}
            type={summary.uncounted > 0 ? 'info' : 'success'}
            showIcon
            title={
              summary.uncounted > 0
                ? t('inventory.counts.toCount', { count: summary.uncounted })
                : t('inventory.counts.allCounted', { count: summary.differing })
            }
            data-testid="count-summary"
          />
        )}
        <StockCountLinesTable
          lines={c.lines}
          edits={edits}
          isEditable={isOpen}
          onEdit={(partId, counted) => setEdits((e) => ({ ...e, [partId]: counted }))}
        />
      </Card>
    </Flex>
  );
}
