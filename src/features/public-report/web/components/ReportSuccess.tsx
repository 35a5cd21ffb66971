import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicReportAnswer } from '../../public-report.schemas';

/** The request number and the tracking link, to copy or open. */
export function ReportSuccess({ answer }: { answer: PublicReportAnswer }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const url = `${window.location.origin}${answer.trackingUrl}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('publicReport.copied'));
    } catch {
      void message.warning(t('publicReport.copyFailed'));
    }
  };
  return (
    <Result
      status="success"
      title={t('publicReport.successTitle')}
      subTitle={
        <Typography.Text strong data-testid="report-number">
          {t('publicReport.successNumber', { number: answer.number })}
        </Typography.Text>
      }
      extra={
        <Flex vertical gap={8} style={{ textAlign: 'left' }}>
          <Typography.Text type="secondary">{t('publicReport.successHint')}</Typography.Text>
          <Input
            readOnly
            value={url}
            aria-label={t('publicReport.trackingLink')}
            data-testid="tracking-link"
            onFocus={(e) => e.target.select()}
          />
          <Flex gap={8} wrap>
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              {t('publicReport.copy')}
            </Button>
            <Link to={answer.trackingUrl}>
              <Button type="primary">{t('publicReport.viewProgress')}</Button>
            </Link>
          </Flex>
        </Flex>
      }
    />
  );
}
