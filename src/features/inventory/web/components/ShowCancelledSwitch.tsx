import { Flex, Switch } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** The "show cancelled" switch above a list. */
export function ShowCancelledSwitch({
  checked,
  onChange,
  style,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" style={style}>
      <Switch size="small" checked={checked} onChange={onChange} />
      {t('inventory.showCancelled')}
    </Flex>
  );
}
