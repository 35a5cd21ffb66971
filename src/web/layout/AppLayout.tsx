import { Drawer, Grid, Layout, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';

/** Side menu on wide screens; on phones the menu moves into a drawer and the content gets the width. */
export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isCompact = !screens.md;
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isCompact && (
        <Layout.Sider
          width={208}
          theme="light"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Typography.Title level={5} style={{ padding: '20px 24px 8px', margin: 0 }}>
            {t('common.appName')}
          </Typography.Title>
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout>
        <AppHeader isCompact={isCompact} onOpenMenu={() => setDrawerOpen(true)} />
        <Layout.Content style={{ padding: isCompact ? 12 : 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {isCompact && (
        <Drawer
          placement="left"
          size={260}
          title={t('common.appName')}
          open={isDrawerOpen}
          onClose={() => setDrawerOpen(false)}
          styles={{ body: { padding: 0 } }}
        >
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
