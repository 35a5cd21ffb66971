import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { TextPromptModal } from '../../../web/components/TextPromptModal';
import { hasPermission } from '../../accounts/roles';
import type { WarrantyPolicyView } from '../warranty.schemas';
import { warrantyApi } from './api/warrantyApi';
import { WarrantyPolicyFormModal } from './components/WarrantyPolicyFormModal';
import { WarrantyPolicyTable } from './components/WarrantyPolicyTable';
import { useWarrantyPolicies, useWarrantyPolicyMutation } from './hooks/useWarrantyPolicies';

/** 保修政策: 包换期 and 保修期 and what each makes free; models and assets name one. */
export function WarrantyPolicyAdminPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useSessionUser().roles, 'policies.manage');
  const [showCancelled, setShowCancelled] = useState(false);
  const [editing, setEditing] = useState<{ policy?: WarrantyPolicyView } | null>(null);
  const [cancelling, setCancelling] = useState<WarrantyPolicyView | null>(null);
  const policies = useWarrantyPolicies(showCancelled);
  const cancel = useWarrantyPolicyMutation((reason: string) =>
    warrantyApi.cancel(cancelling?.id ?? '', reason),
  );
  return (
    <Card>
      <PageTitle
        title={t('warranty.title')}
        extra={
          <Flex gap={8} wrap>
            <ExportButton list="warranty-policies" filters={{ includeCancelled: showCancelled }} />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('warranty.newPolicy')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <Switch size="small" checked={showCancelled} onChange={setShowCancelled} />
        {t('warranty.showCancelled')}
      </Flex>
      {policies.isError ? (
        <QueryError error={policies.error} onRetry={() => void policies.refetch()} />
      ) : (
        <WarrantyPolicyTable
          policies={policies.data ?? []}
          isLoading={policies.isFetching}
          canManage={canManage}
          onEdit={(policy) => setEditing({ policy })}
          onCancel={setCancelling}
        />
      )}
      <WarrantyPolicyFormModal
        open={editing !== null}
        policy={editing?.policy}
        onClose={() => setEditing(null)}
      />
      <TextPromptModal
        open={cancelling !== null}
        title={t('warranty.cancelTitle', { name: cancelling?.name ?? '' })}
        label={t('warranty.cancelReason')}
        name="reason"
        maxLength={500}
        isDanger
        okText={t('warranty.cancel')}
        isSubmitting={cancel.isPending}
        onSubmit={async (reason) => {
          await cancel.mutateAsync(reason);
          void message.success(t('warranty.cancelledMessage'));
        }}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
