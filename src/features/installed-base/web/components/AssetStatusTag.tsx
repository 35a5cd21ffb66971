import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssetView } from '../../asset.schemas';

const COLORS: Record<AssetView['status'], string> = {
  in_service: 'success',
  under_repair: 'warning',
  loaned: 'processing',
  retired: 'default',
};

export function AssetStatusTag({ status }: { status: AssetView['status'] }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`installedBase.assetStatus.${status}`)}</Tag>;
}
