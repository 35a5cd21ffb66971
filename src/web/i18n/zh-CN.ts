import { auth } from './zh-CN/auth';
import { catalog } from './zh-CN/catalog';
import { common } from './zh-CN/common';
import { customers } from './zh-CN/customers';
import { dispatch } from './zh-CN/dispatch';
import { enums } from './zh-CN/enums';
import { history } from './zh-CN/history';
import { hotline } from './zh-CN/hotline';
import { nav } from './zh-CN/nav';
import { technicians } from './zh-CN/technicians';
import { users } from './zh-CN/users';
import { workOrderActions } from './zh-CN/workOrderActions';
import { workOrders } from './zh-CN/workOrders';

/** The default language; its shape is the type every other language must match. */
export const zhCN = {
  common,
  enums,
  nav,
  auth,
  users,
  customers,
  hotline,
  workOrders,
  workOrderActions,
  history,
  technicians,
  catalog,
  dispatch,
};
export type Messages = typeof zhCN;
