import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { registerLoanerRoutes } from './loaners.routes';
import { registerPartRoutes } from './parts.routes';
import { registerStockCountRoutes } from './stock-counts.routes';
import { registerStockRoutes } from './stock.routes';
import { registerWarehouseRoutes } from './warehouses.routes';

/** Parts, warehouses, stock, movements, stock counts and loaners. */
export function registerInventoryRoutes(app: App, deps: { db: Db }): void {
  registerPartRoutes(app, deps);
  registerWarehouseRoutes(app, deps);
  registerStockRoutes(app, deps);
  registerStockCountRoutes(app, deps);
  registerLoanerRoutes(app, deps);
}
