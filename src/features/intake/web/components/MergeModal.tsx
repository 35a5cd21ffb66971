import { useQuery } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import type { ServiceRequestListItem } from '../../service-request.schemas';
import { intakeApi } from '../api/intakeApi';
import { useIntakeDecision } from '../hooks/useIntakeDecision';

interface Values {
  intoId: string;
  note?: string;
}

/** 合并: pick the report that goes on, from the duplicate hints or by its number. */
export function MergeModal({
  item,
  onClose,
}: {
  item: ServiceRequestListItem;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['serviceRequests', 'mergeTargets', q],
    queryFn: () => intakeApi.list({ status: ['received', 'converted'], q, page: 1, pageSize: 10 }),
    enabled: q.length >= 2,
  });
  const candidates = [
    ...item.duplicates,
    ...(found.data?.items ?? []).filter((c) => !item.duplicates.some((d) => d.id === c.id)),
  ].filter((c) => c.id !== item.id);
  const merge = useIntakeDecision((values: Values) =>
    intakeApi.merge(item.id, { intoId: values.intoId, note: values.note?.trim() || undefined }),
  );
  const submit = (values: Values) =>
    merge.mutate(values, {
      onSuccess: (merged) => {
        void message.success(t('intake.mergeDone', { number: merged.mergedIntoNumber ?? '' }));
        onClose();
      },
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  return (
    <Modal
      open
      title={t('intake.mergeTitle', { number: item.number })}
      okText={t('intake.mergeSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'merge-submit' }}
      confirmLoading={merge.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={t('intake.mergeHelp')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="intoId"
          label={t('intake.mergeTarget')}
          extra={item.duplicates.length ? t('intake.mergePickDuplicate') : t('intake.mergeSearch')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
            placeholder={t('intake.mergeSearchPlaceholder')}
            loading={found.isFetching}
            notFoundContent={t('common.noData')}
            options={candidates.map((c) => ({
              value: c.id,
              label: `${c.number} · ${formatDateTime(c.createdAt)} · ${c.contactName} · ${c.faultDescription.slice(0, 30)}`,
            }))}
            data-testid="merge-target"
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('intake.mergeNote')}
          rules={[{ max: 500, message: t('common.maxLength', { max: 500 }) }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
