import type { ExportList } from './define-export';
import type { ExportListName } from './exports.schemas';
import { assetsExport } from './lists/assets-export';
import { brandsExport } from './lists/brands-export';
import { serviceContractsExport } from './lists/service-contracts-export';
import { warrantyPoliciesExport } from './lists/warranty-policies-export';
import { customersExport } from './lists/customers-export';
import { hotlineCallsExport } from './lists/hotline-calls-export';
import { productModelsExport } from './lists/product-models-export';
import { serviceRequestsExport } from './lists/service-requests-export';
import { usersExport } from './lists/users-export';
import { vendorsExport } from './lists/vendors-export';
import { workOrdersExport } from './lists/work-orders-export';

export const EXPORTS: Record<ExportListName, ExportList> = {
  customers: customersExport,
  assets: assetsExport,
  'product-models': productModelsExport,
  vendors: vendorsExport,
  brands: brandsExport,
  'service-contracts': serviceContractsExport,
  'warranty-policies': warrantyPoliciesExport,
  'work-orders': workOrdersExport,
  'hotline-calls': hotlineCallsExport,
  'service-requests': serviceRequestsExport,
  users: usersExport,
};
