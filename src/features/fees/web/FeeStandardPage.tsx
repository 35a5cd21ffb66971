import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Spin, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdempotencyKey } from '../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../web/api/useShowError';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { hasPermission } from '../../accounts/roles';
import { FeeStandardEditor } from './components/FeeStandardEditor';
import { FeeStandardVersionTable } from './components/FeeStandardVersionTable';
import { QuoteCalculator } from './components/QuoteCalculator';
import { useCreateDraft, useFeeStandard, useFeeStandards } from './hooks/useFeeStandards';

/** 维修收费标准: its versions, the one chosen (editable while a draft), and the quote calculator. */
export function FeeStandardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const roles = useSessionUser().roles;
  const canManage = hasPermission(roles, 'policies.manage');
  const canQuote = hasPermission(roles, 'quotes.create');
  const versions = useFeeStandards();
  const [chosenId, setChosenId] = useState<string | null>(null);
  // Until one is chosen: the draft (to work on), else the version in effect.
  const list = versions.data ?? [];
  const selectedId =
    chosenId ??
    (list.find((v) => v.status === 'draft') ?? list.find((v) => v.isInEffect))?.id ??
    null;
  const selected = useFeeStandard(selectedId);
  const createDraft = useCreateDraft();
  const idempotency = useIdempotencyKey();
  const hasDraft = list.some((v) => v.status === 'draft');
  const startDraft = () =>
    createDraft.mutate(idempotency.keyFor({ draft: list.length }), {
      onSuccess: (draft) => {
        idempotency.done();
        setChosenId(draft.id);
        void message.success(t('common.saved'));
      },
      onError: showError,
    });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <PageTitle
          title={t('fees.title')}
          extra={
            canManage && (
              <Tooltip title={t('fees.newDraftHint')}>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  disabled={hasDraft}
                  loading={createDraft.isPending}
                  onClick={startDraft}
                >
                  {t('fees.newDraft')}
                </Button>
              </Tooltip>
            )
          }
        />
        {versions.isError ? (
          <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
        ) : (
          <FeeStandardVersionTable
            versions={list}
            isLoading={versions.isFetching}
            selectedId={selectedId}
            onSelect={setChosenId}
          />
        )}
      </Card>
      {selectedId && (
        <Card
          title={selected.data ? t('fees.versionValue', { version: selected.data.version }) : ' '}
        >
          {selected.isError ? (
            <QueryError error={selected.error} onRetry={() => void selected.refetch()} />
          ) : selected.data ? (
            <FeeStandardEditor standard={selected.data} canManage={canManage} />
          ) : (
            <Spin />
          )}
        </Card>
      )}
      {canQuote && (
        <Card title={t('fees.calculator')}>
          <QuoteCalculator canSave={canQuote} />
        </Card>
      )}
    </Space>
  );
}
