import {
  AccountBookOutlined,
  BellOutlined,
  SafetyCertificateOutlined,
  AppstoreOutlined,
  CustomerServiceOutlined,
  DatabaseOutlined,
  FieldTimeOutlined,
  ShopOutlined,
  SolutionOutlined,
  TagsOutlined,
  BarcodeOutlined,
  FileProtectOutlined,
  IdcardOutlined,
  InboxOutlined,
  ToolOutlined,
  ScheduleOutlined,
  MobileOutlined,
  ProfileOutlined,
  TeamOutlined,
  UserOutlined,
  QrcodeOutlined,
  SettingOutlined,
  RollbackOutlined,
  SendOutlined,
  DashboardOutlined,
  GoldOutlined,
  ContainerOutlined,
  SwapOutlined,
  AuditOutlined,
  HomeOutlined,
  LaptopOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSessionUser } from '../auth/useSessionUser';
import { NAV_GROUPS, navItemsFor, type NavKey } from './navItems';

const ICONS: Record<NavKey, ReactNode> = {
  hotline: <CustomerServiceOutlined />,
  intake: <InboxOutlined />,
  walkIn: <ToolOutlined />,
  workOrders: <ProfileOutlined />,
  dispatch: <ScheduleOutlined />,
  sla: <FieldTimeOutlined />,
  myWorkOrders: <MobileOutlined />,
  repairReturns: <RollbackOutlined />,
  shipments: <SendOutlined />,
  returnsBoard: <DashboardOutlined />,
  stock: <GoldOutlined />,
  parts: <ContainerOutlined />,
  stockMovements: <SwapOutlined />,
  stockCounts: <AuditOutlined />,
  warehouses: <HomeOutlined />,
  loaners: <LaptopOutlined />,
  customers: <TeamOutlined />,
  technicians: <IdcardOutlined />,
  catalog: <AppstoreOutlined />,
  assets: <DatabaseOutlined />,
  productModels: <BarcodeOutlined />,
  brands: <TagsOutlined />,
  vendors: <ShopOutlined />,
  serviceContracts: <SolutionOutlined />,
  labels: <QrcodeOutlined />,
  commitments: <FileProtectOutlined />,
  warrantyPolicies: <SafetyCertificateOutlined />,
  feeStandards: <AccountBookOutlined />,
  serviceSettings: <SettingOutlined />,
  users: <UserOutlined />,
  notificationSettings: <BellOutlined />,
};

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = navItemsFor(user.roles);
  // The most specific entry: /stock/movements is its own entry, not a page under /stock.
  const selected = items
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected.path] : []}
      items={NAV_GROUPS.flatMap((group) => {
        const children = items.filter((item) => item.group === group);
        return children.length === 0
          ? []
          : [
              {
                type: 'group' as const,
                key: group,
                label: t(`nav.group.${group}`),
                children: children.map((item) => ({
                  key: item.path,
                  icon: ICONS[item.key],
                  label: t(`nav.${item.key}`),
                })),
              },
            ];
      })}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
