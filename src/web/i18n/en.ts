import { auth } from './en/auth';
import { catalog } from './en/catalog';
import { common } from './en/common';
import { customers } from './en/customers';
import { dispatch } from './en/dispatch';
import { enums } from './en/enums';
import { history } from './en/history';
import { hotline } from './en/hotline';
import { nav } from './en/nav';
import { technicians } from './en/technicians';
import { users } from './en/users';
import { workOrderActions } from './en/workOrderActions';
import { workOrders } from './en/workOrders';
import type { Messages } from './zh-CN';

/** English; typed as the zh-CN shape so a missing key fails the type check as well as the test. */
export const en: Messages = {
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
