import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { TextPromptModal } from '../../../web/components/TextPromptModal';
import { hasPermission } from '../../accounts/roles';
import type { CategoryView } from '../catalog.schemas';
import { catalogApi } from './api/catalogApi';
import { CategoryFormModal } from './components/CategoryFormModal';
import { CategoryTable } from './components/CategoryTable';
import { useCategories } from './hooks/useCategories';
import { useCategoryMutation } from './hooks/useCategoryMutation';

/** 产品类别: what technicians are skilled and certified in, and how long a visit takes. */
export function CategoryAdminPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useSessionUser().roles, 'catalog.manage');
  const [showCancelled, setShowCancelled] = useState(false);
  const [editing, setEditing] = useState<{ category?: CategoryView } | null>(null);
  const [cancelling, setCancelling] = useState<CategoryView | null>(null);
  const categories = useCategories(showCancelled);
  const cancel = useCategoryMutation((reason: string) =>
    catalogApi.cancel(cancelling?.id ?? '', reason),
  );
  return (
    <Card>
      <PageTitle
        title={t('catalog.title')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('catalog.newCategory')}
            </Button>
          )
        }
      />
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <Switch size="small" checked={showCancelled} onChange={setShowCancelled} />
        {t('catalog.showCancelled')}
      </Flex>
      {categories.isError ? (
        <QueryError error={categories.error} onRetry={() => void categories.refetch()} />
      ) : (
        <CategoryTable
          categories={categories.data ?? []}
          isLoading={categories.isFetching}
          canManage={canManage}
          onEdit={(category) => setEditing({ category })}
          onCancel={setCancelling}
        />
      )}
      <CategoryFormModal
        open={editing !== null}
        category={editing?.category}
        onClose={() => setEditing(null)}
      />
      <TextPromptModal
        open={cancelling !== null}
        title={t('catalog.cancelTitle', { name: cancelling?.name ?? '' })}
        label={t('catalog.cancelReason')}
        name="reason"
        maxLength={500}
        isDanger
        okText={t('catalog.cancel')}
        isSubmitting={cancel.isPending}
        onSubmit={async (reason) => {
          await cancel.mutateAsync(reason);
          void message.success(t('catalog.cancelledMessage'));
        }}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
