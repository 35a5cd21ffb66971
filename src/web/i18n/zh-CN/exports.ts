export const exports = {
  export: '导出 Excel',
  exporting: '正在导出…',
  exported: '已导出 {{file}}',
  fileNames: {
    customers: '客户',
    assets: '设备',
    'product-models': '产品型号',
    brands: '品牌',
    'service-contracts': '服务合同',
    'warranty-policies': '保修政策',
    vendors: '厂家及经销商',
    'work-orders': '派工单',
    'hotline-calls': '电话派工记录',
    'service-requests': '服务请求',
    users: '用户',
  },
};
