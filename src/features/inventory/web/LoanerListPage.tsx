import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Segmented, Select, Table, Tabs, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { TextPromptModal } from '../../../web/components/TextPromptModal';
import { useDebouncedValue } from '../../../web/lib/useDebouncedValue';
import type { LoanerView } from '../inventory.schemas';
import { LOANER_STATES, type LoanerStatus } from '../inventory.states';
import { inventoryApi } from './api/inventoryApi';
import { LendModal } from './components/LendModal';
import { LoanerFormModal } from './components/LoanerFormModal';
import { LoanerStatusTag } from './components/LoanerStatusTag';
import { LoanTable } from './components/LoanTable';
import { pagination } from '../../../web/lib/pagination';
import { useInventoryMutation, useLoaners, useLoans } from './hooks/queries';

type Prompt = { kind: 'takeBack' | 'retire'; loaner: LoanerView };

function LoanerUnits() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [status, setStatus] = useState<LoanerStatus | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const loaners = useLoaners({ q: q || undefined, status, ...paging });
  const [isCreating, setCreating] = useState(false);
  const [lending, setLending] = useState<LoanerView | null>(null);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const act = useInventoryMutation(({ kind, loaner, text }: Prompt & { text: string }) =>
    kind === 'takeBack'
      ? inventoryApi.loaners.takeBack(loaner, text)
      : inventoryApi.loaners.retire(loaner, text),
  );
  const columns: TableProps<LoanerView>['columns'] = [
    { title: t('inventory.loaners.code'), dataIndex: 'code' },
    {
      title: t('inventory.loaners.model'),
      key: 'model',
      render: (_, l) => `${l.model.code} ${l.model.name}`,
    },
    { title: t('inventory.loaners.serialNumber'), dataIndex: 'serialNumber' },
    {
      title: t('inventory.loaners.status'),
      dataIndex: 'status',
      render: (s: LoanerStatus) => <LoanerStatusTag status={s} />,
    },
    {
      title: t('inventory.loaners.warehouse'),
      key: 'warehouse',
      render: (_, l) => l.warehouse.name,
    },
    {
      title: t('inventory.loaners.currentLoan'),
      key: 'loan',
      render: (_, l) =>
        l.currentLoan ? (
          <span>
            {l.currentLoan.customer.name} ·{' '}
            {t('inventory.loans.dueShort', { date: l.currentLoan.dueOn })}{' '}
            {l.currentLoan.overdue && (
              <Tag color="error" data-testid="loan-overdue">
                {t('inventory.loans.overdue')}
              </Tag>
            )}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, l) => (
        <Flex wrap>
          {l.status === 'available' && (
            <Button type="link" size="small" onClick={() => setLending(l)} data-testid="lend">
              {t('inventory.loaners.lend')}
            </Button>
          )}
          {l.status === 'lent' && (
            <Button
              type="link"
              size="small"
              onClick={() => setPrompt({ kind: 'takeBack', loaner: l })}
              data-testid="take-back"
            >
              {t('inventory.loaners.takeBack')}
            </Button>
          )}
          {l.status === 'available' && (
            <Button
              type="link"
              size="small"
              danger
              onClick={() => setPrompt({ kind: 'retire', loaner: l })}
            >
              {t('inventory.loaners.retire')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <>
      <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            value={search}
            placeholder={t('inventory.loaners.searchPlaceholder')}
            style={{ width: 260 }}
            onChange={(event) => {
              setSearch(event.target.value);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
          <Select<LoanerStatus>
            allowClear
            style={{ minWidth: 120 }}
            placeholder={t('inventory.loaners.allStates')}
            value={status}
            options={LOANER_STATES.map((s) => ({
              value: s,
              label: t(`inventory.loanerStates.${s}`),
            }))}
            onChange={(s) => {
              setStatus(s);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
        </Flex>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="new-loaner"
        >
          {t('inventory.loaners.new')}
        </Button>
      </Flex>
      {loaners.isError ? (
        <QueryError error={loaners.error} onRetry={() => void loaners.refetch()} />
      ) : (
        <Table<LoanerView>
          rowKey="id"
          columns={columns}
          dataSource={loaners.data?.items ?? []}
          loading={loaners.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={pagination(t, paging, loaners.data?.total ?? 0, setPaging)}
        />
      )}
      <LoanerFormModal open={isCreating} onClose={() => setCreating(false)} />
      <LendModal loaner={lending} onClose={() => setLending(null)} />
      <TextPromptModal
        open={prompt !== null}
        title={
          prompt ? t(`inventory.loaners.${prompt.kind}Title`, { code: prompt.loaner.code }) : ''
        }
        label={t(
          prompt?.kind === 'retire'
            ? 'inventory.loaners.retireReason'
            : 'inventory.loans.conditionBack',
        )}
        name={prompt?.kind === 'retire' ? 'reason' : 'conditionBack'}
        maxLength={prompt?.kind === 'retire' ? 300 : 500}
        isDanger={prompt?.kind === 'retire'}
        okText={prompt ? t(`inventory.loaners.${prompt.kind}`) : undefined}
        isSubmitting={act.isPending}
        onSubmit={async (text) => {
          await act.mutateAsync({ ...prompt!, text });
          void message.success(t('common.saved'));
        }}
        onClose={() => setPrompt(null)}
      />
    </>
  );
}

function LoanHistory() {
  const [show, setShow] = useState<'open' | 'all'>('open');
  const { t } = useTranslation();
  const loans = useLoans(show === 'open' ? true : undefined);
  return (
    <>
      <Segmented<'open' | 'all'>
        style={{ marginBottom: 16 }}
        value={show}
        onChange={(v) => setShow(v)}
        options={[
          { value: 'open', label: t('inventory.loans.open') },
          { value: 'all', label: t('inventory.loans.all') },
        ]}
      />
      {loans.isError ? (
        <QueryError error={loans.error} onRetry={() => void loans.refetch()} />
      ) : (
        <LoanTable loans={loans.data ?? []} isLoading={loans.isFetching} />
      )}
    </>
  );
}

/** 备用机: loaner units with their current loan (overdue in red), and the loans out and back. */
export function LoanerListPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <PageTitle title={t('inventory.loaners.title')} />
      <Tabs
        items={[
          { key: 'units', label: t('inventory.loaners.units'), children: <LoanerUnits /> },
          { key: 'loans', label: t('inventory.loans.title'), children: <LoanHistory /> },
        ]}
      />
    </Card>
  );
}
