import type { Messages } from '../zh-CN';

export const nav: Messages['nav'] = {
  hotline: 'Hotline intake',
  workOrders: 'Work orders',
  dispatch: 'Dispatch board',
  myWorkOrders: 'My work orders',
  customers: 'Customers',
  technicians: 'Technicians',
  catalog: 'Product categories',
  users: 'Users',
  menu: 'Menu',
  changePassword: 'Change password',
  logout: 'Sign out',
  loggedOut: 'Signed out',
};
