import { PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, List, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../../web/api/errorText';
import { LanguageSwitch } from '../../../web/layout/LanguageSwitch';
import { commitmentsApi } from './api/commitmentsApi';
import { BusinessHoursList } from './components/BusinessHoursList';
import { LimitsTable } from './components/LimitsTable';

/** /p/c/:code — a company's service commitments for anyone, on a phone first. */
export function PublicCommitmentsPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const page = useQuery({
    queryKey: ['public-commitments', code],
    queryFn: () => commitmentsApi.publicPage(code),
    retry: false,
  });
  const data = page.data;
  return (
    <div style={{ maxWidth: 760, margin: '0 auto', padding: 16 }}>
      <Flex justify="end" style={{ marginBottom: 8 }}>
        <LanguageSwitch />
      </Flex>
      {page.isError && <Result status="404" title={errorText(page.error, t)} />}
      {page.isPending && <Spin />}
      {data && (
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={3} style={{ marginBottom: 4 }}>
              {data.companyName}
            </Typography.Title>
            <Typography.Text type="secondary">{t('commitments.publicTitle')}</Typography.Text>
          </div>
          {data.hotline && (
            <Card size="small">
              <Flex gap={12} align="center" wrap>
                <Typography.Text>{t('commitments.hotline')}</Typography.Text>
                <Typography.Link href={`tel:${data.hotline}`} strong style={{ fontSize: 18 }}>
                  <PhoneOutlined /> {data.hotline}
                </Typography.Link>
              </Flex>
            </Card>
          )}
          <Card size="small" title={t('commitments.promises')}>
            <List
              size="small"
              dataSource={data.promises}
              renderItem={(promise) => <List.Item>{promise}</List.Item>}
            />
          </Card>
          <Card size="small" title={t('commitments.limits')}>
            <Typography.Paragraph type="secondary">
              {t('commitments.publicLimitsHint')}
            </Typography.Paragraph>
            <LimitsTable zones={data.zones} limits={data.limits} />
          </Card>
          <Card size="small" title={t('commitments.businessHours')}>
            <BusinessHoursList hours={data.businessHours} />
          </Card>
          <Card size="small" title={t('commitments.cadences')}>
            <List size="small">
              {(['replacement', 'repair', 'urgent'] as const).map((c) => (
                <List.Item key={c}>
                  {t(`commitments.publicCadence.${c}`, { days: data.chaseCadenceDays[c] })}
                </List.Item>
              ))}
              <List.Item>
                {t('commitments.publicNotice', { days: data.customerNoticeDays })}
              </List.Item>
            </List>
          </Card>
        </Flex>
      )}
    </div>
  );
}
