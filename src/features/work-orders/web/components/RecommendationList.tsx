import { Button, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../api/workOrdersApi';
import { useRecommendations } from '../hooks/useRecommendations';

interface Props {
  workOrderId: string;
  open: boolean;
  excludeId?: string;
  selectedId?: string;
  onPick: (technicianId: string) => void;
}

/** The server's ranking: eligible technicians first with their numbers, the rest greyed with why. */
export function RecommendationList({ workOrderId, open, excludeId, selectedId, onPick }: Props) {
  const { t } = useTranslation();
  const recommendations = useRecommendations(workOrderId, open);
  const items = (recommendations.data ?? []).filter((r) => r.technicianId !== excludeId);
  return (
    <List
      size="small"
      header={<strong>{t('dispatch.recommended')}</strong>}
      loading={recommendations.isFetching}
      dataSource={items}
      locale={{ emptyText: t('dispatch.recommendEmpty') }}
      style={{ maxHeight: 280, overflowY: 'auto', marginBottom: 16 }}
      data-testid="recommendations"
      renderItem={(item) => (
        <RecommendationRow
          item={item}
          isSelected={item.technicianId === selectedId}
          onPick={() => onPick(item.technicianId)}
        />
      )}
    />
  );
}

function RecommendationRow({
  item,
  isSelected,
  onPick,
}: {
  item: Recommendation;
  isSelected: boolean;
  onPick: () => void;
}) {
  const { t, i18n } = useTranslation();
  const facts = [
    item.skillLevel !== null
      ? t('dispatch.skillLevel', { level: item.skillLevel })
      : t('dispatch.noSkill'),
    item.travelMinutes !== null
      ? t('dispatch.travelMinutes', { minutes: Math.round(item.travelMinutes) })
      : '',
    t('dispatch.load', { minutes: Math.round(item.loadMinutes), count: item.openOrders }),
    item.slackMinutes !== null
      ? t('dispatch.slack', { minutes: Math.round(item.slackMinutes) })
      : '',
  ].filter(Boolean);
  return (
    <List.Item
      data-testid="recommendation"
      data-technician-id={item.technicianId}
      data-eligible={item.eligible}
      style={{ opacity: item.eligible ? 1 : 0.5, background: isSelected ? '#e6f4ff' : undefined }}
      actions={[
        <Button key="pick" size="small" type={isSelected ? 'primary' : 'default'} onClick={onPick}>
          {t('dispatch.pick')}
        </Button>,
      ]}
    >
      <Flex vertical gap={2}>
        <Typography.Text strong={item.eligible}>{item.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {facts.join(' · ')}
        </Typography.Text>
        {!item.eligible && (
          <span>
            <Tag>{t('dispatch.ineligible')}</Tag>
            {item.ineligible.map((r) => (
              <Tag key={r.code} color="default">
                {i18n.language === 'en' ? r.en : r.zh}
              </Tag>
            ))}
          </span>
        )}
      </Flex>
    </List.Item>
  );
}
