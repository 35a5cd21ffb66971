import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MovementKind } from '../../inventory.states';

const COLORS: Record<MovementKind, string> = {
  receive: 'green',
  issue: 'orange',
  transfer: 'blue',
  return: 'cyan',
  adjust: 'purple',
  take_in: 'geekblue',
};

export function MovementKindTag({ kind }: { kind: MovementKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[kind]} data-testid="movement-kind" data-kind={kind}>
      {t(`inventory.movementKinds.${kind}`)}
    </Tag>
  );
}
