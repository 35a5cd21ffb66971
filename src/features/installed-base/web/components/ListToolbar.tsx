import { Flex, Input, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  search: string;
  onSearch: (text: string) => void;
  placeholder: string;
  /** Omitted for lists without cancelled records. */
  showCancelled?: boolean;
  onShowCancelled?: (show: boolean) => void;
  children?: ReactNode;
}

/** Search box, optional filters, and the "show cancelled" switch above every list. */
export function ListToolbar({ search, onSearch, placeholder, children, ...cancelled }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        value={search}
        placeholder={placeholder}
        style={{ maxWidth: 320 }}
        onChange={(event) => onSearch(event.target.value)}
      />
      {children}
      {cancelled.onShowCancelled && (
        <Flex gap={8} align="center">
          <Switch
            size="small"
            checked={cancelled.showCancelled}
            onChange={cancelled.onShowCancelled}
          />
          {t('installedBase.showCancelled')}
        </Flex>
      )}
    </Flex>
  );
}
