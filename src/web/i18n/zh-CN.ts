import { auth } from './zh-CN/auth';
import { catalog } from './zh-CN/catalog';
import { common } from './zh-CN/common';
import { commitments } from './zh-CN/commitments';
import { customers } from './zh-CN/customers';
import { dispatch } from './zh-CN/dispatch';
import { enums } from './zh-CN/enums';
import { exports } from './zh-CN/exports';
import { history } from './zh-CN/history';
import { hotline } from './zh-CN/hotline';
import { labels } from './zh-CN/labels';
import { imports } from './zh-CN/imports';
import { intake } from './zh-CN/intake';
import { installedBase } from './zh-CN/installedBase';
import { nav } from './zh-CN/nav';
import { notifications } from './zh-CN/notifications';
import { warranty } from './zh-CN/warranty';
import { fees } from './zh-CN/fees';
import { publicReport } from './zh-CN/publicReport';
import { technicians } from './zh-CN/technicians';
import { users } from './zh-CN/users';
import { workOrderActions } from './zh-CN/workOrderActions';
import { workOrders } from './zh-CN/workOrders';
import { technicianApp } from './zh-CN/technicianApp';
import { sla } from './zh-CN/sla';
import { inventory } from './zh-CN/inventory';
import { slip } from './zh-CN/slip';
import { repairReturns } from './zh-CN/repairReturns';

/** The default language; its shape is the type every other language must match. */
export const zhCN = {
  imports,
  exports,
  common,
  enums,
  nav,
  auth,
  users,
  customers,
  hotline,
  intake,
  workOrders,
  slip,
  workOrderActions,
  sla,
  history,
  technicians,
  catalog,
  warranty,
  fees,
  installedBase,
  dispatch,
  labels,
  publicReport,
  commitments,
  notifications,
  technicianApp,
  inventory,
  repairReturns,
};
export type Messages = typeof zhCN;
