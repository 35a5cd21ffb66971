import { createBrowserRouter } from 'react-router';
import { LoginPage, UserAdminPage } from '../../features/accounts/web';
import { CategoryAdminPage } from '../../features/catalog/web';
import { CustomerListPage } from '../../features/customers/web';
import { DispatchBoardPage } from '../../features/dispatch/web';
import { HotlineIntakePage } from '../../features/hotline/web';
import { TechnicianListPage } from '../../features/technicians/web';
import {
  MyWorkOrdersPage,
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
          path: 'my-work-orders',
          element: (
            <RequirePermission anyOf={['workOrders.readOwn']}>
              <MyWorkOrdersPage />
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
