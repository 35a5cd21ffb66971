import {
  AppstoreOutlined,
  CustomerServiceOutlined,
  IdcardOutlined,
  ScheduleOutlined,
  MobileOutlined,
  ProfileOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSessionUser } from '../auth/useSessionUser';
import { navItemsFor, type NavKey } from './navItems';

const ICONS: Record<NavKey, ReactNode> = {
  hotline: <CustomerServiceOutlined />,
  workOrders: <ProfileOutlined />,
  dispatch: <ScheduleOutlined />,
  myWorkOrders: <MobileOutlined />,
  customers: <TeamOutlined />,
  technicians: <IdcardOutlined />,
  catalog: <AppstoreOutlined />,
  users: <UserOutlined />,
};

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = navItemsFor(user.roles);
  const selected = items.find(
    (item) => pathname === item.path || pathname.startsWith(`${item.path}/`),
  );
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected.path] : []}
      items={items.map((item) => ({
        key: item.path,
        icon: ICONS[item.key],
        label: t(`nav.${item.key}`),
      }))}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
