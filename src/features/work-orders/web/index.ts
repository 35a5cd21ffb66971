export { MyWorkOrdersPage } from './MyWorkOrdersPage';
export { WorkOrderDetailPage } from './WorkOrderDetailPage';
export { WorkOrderListPage } from './WorkOrderListPage';
export { useCreateWorkOrder } from './hooks/useCreateWorkOrder';
