import { ArrowLeftOutlined, CloudUploadOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../../web/layout/LanguageSwitch';
import { UserMenu } from '../../../web/layout/UserMenu';
import { OutboxProvider } from './outbox/OutboxProvider';
import { useIsOnline, useOutbox } from './outbox/useOutbox';

/** Offline, and how many steps wait to be sent: always in sight. */
function NetworkState() {
  const { t } = useTranslation();
  const isOnline = useIsOnline();
  const { drafts } = useOutbox();
  return (
    <>
      {!isOnline && (
        <Tag color="error" icon={<DisconnectOutlined />} data-testid="offline">
          {t('technicianApp.outbox.offlineShort')}
        </Tag>
      )}
      {drafts.length > 0 && (
        <Tag color="warning" icon={<CloudUploadOutlined />} data-testid="waiting-total">
          {drafts.length}
        </Tag>
      )}
    </>
  );
}

/** The phone area (/m): a slim header with the way back, and the screen's whole width. */
export function PhoneLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const isHome = pathname === '/m' || pathname === '/m/';
  return (
    <OutboxProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            padding: '0 8px',
            height: 56,
            lineHeight: '56px',
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Flex align="center" justify="space-between" gap={4} style={{ height: '100%' }}>
            <Flex align="center" gap={4} style={{ minWidth: 0 }}>
              {!isHome && (
                <Button
                  type="text"
                  size="large"
                  icon={<ArrowLeftOutlined />}
                  aria-label={t('common.back')}
                  onClick={() => void navigate('/m')}
                />
              )}
              <Typography.Text
                strong
                ellipsis
                style={{ fontSize: 17, paddingInlineStart: isHome ? 8 : 0 }}
              >
                {t(isHome ? 'technicianApp.jobs.title' : 'technicianApp.job.title')}
              </Typography.Text>
            </Flex>
            <Flex align="center" gap={4} style={{ flexShrink: 0 }}>
              <NetworkState />
              <LanguageSwitch />
              <UserMenu isCompact />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content
          style={{
            padding: 12,
            width: '100%',
            maxWidth: 640,
            margin: '0 auto',
            boxSizing: 'border-box',
          }}
        >
          <Outlet />
        </Layout.Content>
      </Layout>
    </OutboxProvider>
  );
}
