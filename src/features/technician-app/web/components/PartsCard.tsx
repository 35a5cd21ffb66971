import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../../platform/format';
import { useMyVanStock } from '../../../inventory/web';
import type { OnSiteView } from '../../../work-orders/on-site.schemas';
import { useSendStep } from '../hooks/useSendStep';
import type { StepDraft } from '../outbox/stepDraft';
import { useOutbox } from '../outbox/useOutbox';

interface PartLine {
  key: string;
  name: string;
  quantity: number;
  unitPriceCents?: number;
  covered: boolean;
  /** A part still in the outbox. */
  draft?: StepDraft;
  partId?: string;
}

/** Parts used on the job: those recorded, and those still waiting to be sent. */
export function PartsCard({
  workOrderId,
  onSite,
  drafts,
  canEdit,
  onAdd,
}: {
  workOrderId: string;
  onSite: OnSiteView | undefined;
  drafts: readonly StepDraft[];
  canEdit: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const { outbox } = useOutbox();
  const { send } = useSendStep();
  // Loaded with the card, so the van's parts can still be picked after the signal drops.
  useMyVanStock();
  const removing = new Set(
    drafts.filter((d) => d.kind === 'removePart').map((d) => d.path.split('/').pop()),
  );
  const lines: PartLine[] = [
    ...(onSite?.parts ?? [])
      .filter((p) => !removing.has(p.id))
      .map((p) => ({ ...p, key: p.id, partId: p.id })),
    ...drafts
      .filter((d) => d.kind === 'addPart')
      .map((d) => ({ ...(d.body as Omit<PartLine, 'key'>), key: d.id, draft: d })),
  ];
  const remove = (line: PartLine) =>
    line.draft
      ? outbox.discard(line.draft.id)
      : send({ workOrderId, kind: 'removePart', targetId: line.partId });
  return (
    <Card size="small" title={t('technicianApp.parts.title')} data-testid="parts-card">
      <Flex vertical gap={8}>
        {lines.length === 0 && (
          <Typography.Text type="secondary">{t('technicianApp.parts.none')}</Typography.Text>
        )}
        {lines.map((line) => (
          <Flex
            key={line.key}
            justify="space-between"
            align="center"
            gap={8}
            data-testid="part-line"
          >
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text ellipsis>
                {line.name} ×{line.quantity}
              </Typography.Text>
              <Typography.Text type="secondary">
                {line.covered
                  ? t('technicianApp.parts.free')
                  : // A van part sent without a price takes the catalogue's once on the server.
                    line.unitPriceCents === undefined
                    ? '—'
                    : formatCents(line.unitPriceCents * line.quantity)}
                {line.draft && (
                  <Tag color="warning" style={{ marginInlineStart: 8 }}>
                    {t(`technicianApp.outbox.state.${line.draft.state}`)}
                  </Tag>
                )}
              </Typography.Text>
            </Flex>
            {canEdit && (
              <Popconfirm
                title={t('technicianApp.parts.removeConfirm', { name: line.name })}
                okText={t('technicianApp.remove')}
                cancelText={t('common.cancel')}
                onConfirm={() => remove(line)}
              >
                <Button
                  size="large"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('technicianApp.remove')}
                />
              </Popconfirm>
            )}
          </Flex>
        ))}
        {canEdit && (
          <Button size="large" block icon={<PlusOutlined />} onClick={onAdd} data-testid="add-part">
            {t('technicianApp.record.addPart')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
