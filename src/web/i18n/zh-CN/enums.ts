export const enums = {
  role: {
    admin: '管理员',
    general_manager: '总经理',
    service_manager: '服务部经理',
    dispatcher: '调度员',
    technician: '维修人员',
    returns_clerk: '返修人员',
    warehouse_keeper: '仓管',
    office: '办公室',
    system: '系统',
  },
  status: {
    new: '待派工',
    assigned: '已派工',
    closed: '已关闭',
    cancelled: '已取消',
  },
  urgency: {
    normal: '一般',
    urgent: '紧急',
    critical: '特急',
  },
};
