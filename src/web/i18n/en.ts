import { auth } from './en/auth';
import { catalog } from './en/catalog';
import { common } from './en/common';
import { commitments } from './en/commitments';
import { customers } from './en/customers';
import { dispatch } from './en/dispatch';
import { enums } from './en/enums';
import { exports } from './en/exports';
import { history } from './en/history';
import { hotline } from './en/hotline';
import { labels } from './en/labels';
import { imports } from './en/imports';
import { intake } from './en/intake';
import { installedBase } from './en/installedBase';
import { nav } from './en/nav';
import { notifications } from './en/notifications';
import { warranty } from './en/warranty';
import { fees } from './en/fees';
import { publicReport } from './en/publicReport';
import { technicians } from './en/technicians';
import { users } from './en/users';
import { workOrderActions } from './en/workOrderActions';
import { workOrders } from './en/workOrders';
import { technicianApp } from './en/technicianApp';
import { sla } from './en/sla';
import { inventory } from './en/inventory';
import { slip } from './en/slip';
import { repairReturns } from './en/repairReturns';
import type { Messages } from './zh-CN';

/** English; typed as the zh-CN shape so a missing key fails the type check as well as the test. */
export const en: Messages = {
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
