export { RepairReturnDetailPage } from './RepairReturnDetailPage';
export { RepairReturnListPage } from './RepairReturnListPage';
export { ReturnsBoardPage } from './ReturnsBoardPage';
export { ShipmentDetailPage } from './ShipmentDetailPage';
export { ShipmentListPage } from './ShipmentListPage';
export { WalkInReturnButton } from './links/WalkInReturnButton';
export { WorkOrderReturnLink } from './links/WorkOrderReturnLink';
