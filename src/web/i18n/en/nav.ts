import type { Messages } from '../zh-CN';

export const nav: Messages['nav'] = {
  hotline: 'Hotline intake',
  workOrders: 'Work orders',
  myWorkOrders: 'My work orders',
  customers: 'Customers',
  users: 'Users',
  menu: 'Menu',
  changePassword: 'Change password',
  logout: 'Sign out',
  loggedOut: 'Signed out',
};
