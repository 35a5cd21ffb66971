import { createBrowserRouter } from 'react-router';
import { LoginPage, UserAdminPage } from '../../features/accounts/web';
import { CategoryAdminPage } from '../../features/catalog/web';
import { CommitmentsAdminPage, PublicCommitmentsPage } from '../../features/commitments/web';
import { CustomerListPage } from '../../features/customers/web';
import { DispatchBoardPage } from '../../features/dispatch/web';
import { HotlineIntakePage } from '../../features/hotline/web';
import { IntakeQueuePage, WalkInPage } from '../../features/intake/web';
import { LabelPrintPage } from '../../features/labels/web';
import {
  LoanerListPage,
  MovementListPage,
  PartListPage,
  StockCountDetailPage,
  StockCountListPage,
  StockPage,
  WarehouseListPage,
} from '../../features/inventory/web';
import {
  AssetDetailPage,
  AssetListPage,
  BrandListPage,
  ProductModelListPage,
  ServiceContractListPage,
  VendorListPage,
} from '../../features/installed-base/web';
import { PublicDevicePage, PublicTrackingPage } from '../../features/public-report/web';
import { NotificationSettingsPage, NotificationsPage } from '../../features/notifications/web';
import {
  RepairReturnDetailPage,
  RepairReturnListPage,
  ReturnsBoardPage,
  ShipmentDetailPage,
  ShipmentListPage,
} from '../../features/repair-returns/web';
import { SlaMonitorPage } from '../../features/sla/web';
import { TechnicianListPage } from '../../features/technicians/web';
import { JobPage, MyJobsPage, PhoneLayout } from '../../features/technician-app/web';
import { WarrantyPolicyAdminPage } from '../../features/warranty/web';
import { FeeStandardPage } from '../../features/fees/web';
import {
  MyWorkOrdersPage,
  ServiceSettingsPage,
  WorkOrderDetailPage,
  WorkOrderListPage,
} from '../../features/work-orders/web';
import { RequirePermission } from '../auth/RequirePermission';
import { RequireSession } from '../auth/RequireSession';
import { AppLayout } from '../layout/AppLayout';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    { path: '/p/c/:code', element: <PublicCommitmentsPage /> },
    { path: '/p/t/:token', element: <PublicTrackingPage /> },
    { path: '/p/:token', element: <PublicDevicePage /> },
    {
      // The technician's phone screens: their own header, the whole width, the offline outbox.
      path: '/m',
      element: (
        <RequireSession>
          <RequirePermission anyOf={['workOrders.readOwn']}>
            <PhoneLayout />
          </RequirePermission>
        </RequireSession>
      ),
      children: [
        { index: true, element: <MyJobsPage /> },
        { path: 'jobs/:id', element: <JobPage /> },
      ],
    },
    {
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          path: 'hotline',
          element: (
            <RequirePermission anyOf={['hotline.create']}>
              <HotlineIntakePage />
            </RequirePermission>
          ),
        },
        {
          path: 'intake',
          element: (
            <RequirePermission anyOf={['intake.read']}>
              <IntakeQueuePage />
            </RequirePermission>
          ),
        },
        {
          path: 'walk-in',
          element: (
            <RequirePermission anyOf={['intake.walkIn']}>
              <WalkInPage />
            </RequirePermission>
          ),
        },
        {
          path: 'work-orders',
          element: (
            <RequirePermission anyOf={['workOrders.readAll']}>
              <WorkOrderListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'work-orders/:id',
          element: (
            <RequirePermission anyOf={['workOrders.readAll', 'workOrders.readOwn']}>
              <WorkOrderDetailPage />
            </RequirePermission>
          ),
        },
        {
          path: 'dispatch',
          element: (
            <RequirePermission anyOf={['dispatch.read']}>
              <DispatchBoardPage />
            </RequirePermission>
          ),
        },
        {
          path: 'sla',
          element: (
            <RequirePermission anyOf={['sla.read']}>
              <SlaMonitorPage />
            </RequirePermission>
          ),
        },
        {
          path: 'repair-returns',
          element: (
            <RequirePermission anyOf={['repairReturns.read']}>
              <RepairReturnListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'repair-returns/:id',
          element: (
            <RequirePermission anyOf={['repairReturns.read']}>
              <RepairReturnDetailPage />
            </RequirePermission>
          ),
        },
        {
          path: 'shipments',
          element: (
            <RequirePermission anyOf={['repairReturns.ship']}>
              <ShipmentListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'shipments/:id',
          element: (
            <RequirePermission anyOf={['repairReturns.read']}>
              <ShipmentDetailPage />
            </RequirePermission>
          ),
        },
        {
          path: 'returns-board',
          element: (
            <RequirePermission anyOf={['repairReturns.ship']}>
              <ReturnsBoardPage />
            </RequirePermission>
          ),
        },
        {
          path: 'my-work-orders',
          element: (
            <RequirePermission anyOf={['workOrders.readOwn']}>
              <MyWorkOrdersPage />
            </RequirePermission>
          ),
        },
        {
          path: 'stock',
          element: (
            <RequirePermission anyOf={['inventory.read']}>
              <StockPage />
            </RequirePermission>
          ),
        },
        {
          path: 'stock/movements',
          element: (
            <RequirePermission anyOf={['inventory.read']}>
              <MovementListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'parts',
          element: (
            <RequirePermission anyOf={['inventory.read']}>
              <PartListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'stock-counts',
          element: (
            <RequirePermission anyOf={['inventory.manage']}>
              <StockCountListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'stock-counts/:id',
          element: (
            <RequirePermission anyOf={['inventory.manage']}>
              <StockCountDetailPage />
            </RequirePermission>
          ),
        },
        {
          path: 'warehouses',
          element: (
            <RequirePermission anyOf={['inventory.manage']}>
              <WarehouseListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'loaners',
          element: (
            <RequirePermission anyOf={['loaners.manage']}>
              <LoanerListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'customers',
          element: (
            <RequirePermission anyOf={['customers.read']}>
              <CustomerListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'technicians',
          element: (
            <RequirePermission anyOf={['technicians.read']}>
              <TechnicianListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'product-categories',
          element: (
            <RequirePermission anyOf={['catalog.manage']}>
              <CategoryAdminPage />
            </RequirePermission>
          ),
        },
        {
          path: 'commitments',
          element: (
            <RequirePermission anyOf={['policies.read']}>
              <CommitmentsAdminPage />
            </RequirePermission>
          ),
        },
        {
          path: 'assets',
          element: (
            <RequirePermission anyOf={['assets.read']}>
              <AssetListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'assets/:id',
          element: (
            <RequirePermission anyOf={['assets.read']}>
              <AssetDetailPage />
            </RequirePermission>
          ),
        },
        {
          path: 'product-models',
          element: (
            <RequirePermission anyOf={['assets.read']}>
              <ProductModelListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'brands',
          element: (
            <RequirePermission anyOf={['assets.read']}>
              <BrandListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'vendors',
          element: (
            <RequirePermission anyOf={['assets.read']}>
              <VendorListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'service-contracts',
          element: (
            <RequirePermission anyOf={['assets.read']}>
              <ServiceContractListPage />
            </RequirePermission>
          ),
        },
        {
          path: 'labels',
          element: (
            <RequirePermission anyOf={['labels.print']}>
              <LabelPrintPage />
            </RequirePermission>
          ),
        },
        {
          path: 'warranty-policies',
          element: (
            <RequirePermission anyOf={['policies.read']}>
              <WarrantyPolicyAdminPage />
            </RequirePermission>
          ),
        },
        {
          path: 'fee-standards',
          element: (
            <RequirePermission anyOf={['policies.read']}>
              <FeeStandardPage />
            </RequirePermission>
          ),
        },
        {
          path: 'settings/service',
          element: (
            <RequirePermission anyOf={['policies.manage']}>
              <ServiceSettingsPage />
            </RequirePermission>
          ),
        },
        { path: 'notifications', element: <NotificationsPage /> },
        {
          path: 'settings/notifications',
          element: (
            <RequirePermission anyOf={['notifications.manage']}>
              <NotificationSettingsPage />
            </RequirePermission>
          ),
        },
        {
          path: 'users',
          element: (
            <RequirePermission anyOf={['users.manage']}>
              <UserAdminPage />
            </RequirePermission>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
