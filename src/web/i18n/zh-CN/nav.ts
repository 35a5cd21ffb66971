export const nav = {
  hotline: '来电登记',
  workOrders: '派工单',
  dispatch: '调度台',
  myWorkOrders: '我的工单',
  customers: '客户',
  technicians: '维修人员',
  catalog: '产品类别',
  users: '用户管理',
  menu: '菜单',
  changePassword: '修改密码',
  logout: '退出登录',
  loggedOut: '已退出登录',
};
