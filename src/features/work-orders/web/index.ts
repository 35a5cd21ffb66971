export { MyWorkOrdersPage } from './MyWorkOrdersPage';
export { ServiceSettingsPage } from './ServiceSettingsPage';
export { WorkOrderDetailPage } from './WorkOrderDetailPage';
export { WorkOrderListPage } from './WorkOrderListPage';
export { useCreateWorkOrder } from './hooks/useCreateWorkOrder';
