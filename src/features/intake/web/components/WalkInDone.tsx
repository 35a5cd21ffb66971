import { App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WalkInResult } from '../../service-request.schemas';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import { WalkInReturnButton } from '../../../repair-returns/web';

/** The receipt for the counter: the number and the tracking link to hand over or print. */
export function WalkInDone({ result, onNext }: { result: WalkInResult; onNext: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const url = `${window.location.origin}${result.trackingUrl}`;
  const { request } = result;
  return (
    <Card title={t('intake.walkInDone')} data-testid="walk-in-done">
      <Descriptions column={1} size="middle" bordered>
        <Descriptions.Item label={t('intake.requestNumber')}>
          <Typography.Text strong data-testid="walk-in-number">
            {request.number}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('intake.customer')}>
          {[request.customer.name, request.department?.name].filter(Boolean).join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('intake.device')}>
          {request.deviceDescription}
        </Descriptions.Item>
        <Descriptions.Item label={t('intake.warrantyAtIntake')}>
          <WarrantyTag warranty={request.warrantyAtIntake} />
        </Descriptions.Item>
        <Descriptions.Item label={t('intake.trackingLink')}>
          <Typography.Text copyable={{ text: url }} data-testid="tracking-url">
            {url}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('intake.trackingHelp')}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(() => message.success(t('intake.copied')))
          }
        >
          {t('intake.copyLink')}
        </Button>
        <Button onClick={() => window.print()}>{t('intake.print')}</Button>
        <WalkInReturnButton request={request} />
        <Button type="primary" onClick={onNext} data-testid="next-walk-in">
          {t('intake.nextWalkIn')}
        </Button>
      </Flex>
    </Card>
  );
}
