import { MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../../features/notifications/web';
import { useSessionUser } from '../auth/useSessionUser';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export function AppHeader({
  isCompact,
  onOpenMenu,
}: {
  isCompact: boolean;
  onOpenMenu: () => void;
}) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: isCompact ? '0 8px' : '0 24px',
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {isCompact && (
            <Button
              type="text"
              size="large"
              icon={<MenuOutlined />}
              aria-label={t('nav.menu')}
              onClick={onOpenMenu}
            />
          )}
          <Typography.Text strong ellipsis data-testid="tenant-name">
            {user.tenantName}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={isCompact ? 4 : 12} style={{ flexShrink: 0 }}>
          <NotificationBell isCompact={isCompact} />
          <LanguageSwitch />
          <UserMenu isCompact={isCompact} />
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
