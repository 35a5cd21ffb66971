import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../features/accounts/roles';
import type { ImportKind } from '../../features/imports/import.schemas';
import { useSessionUser } from '../auth/useSessionUser';
import { ImportDialog } from './ImportDialog';

/** Opens the import dialog; shown only to those who may import. Lists refresh afterwards. */
export function ImportButton({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  if (!hasPermission(user.roles, 'imports.run')) return null;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('imports.import')}
      </Button>
      <ImportDialog
        kind={kind}
        open={isOpen}
        onClose={() => setOpen(false)}
        onImported={() => void queryClient.invalidateQueries()}
      />
    </>
  );
}
