export const exports = {
  export: 'Export to Excel',
  exporting: 'Exporting…',
  exported: 'Exported {{file}}',
  fileNames: {
    customers: 'customers',
    assets: 'assets',
    'product-models': 'product-models',
    vendors: 'vendors',
    'work-orders': 'work-orders',
    'hotline-calls': 'hotline-calls',
    'service-requests': 'service-requests',
    users: 'users',
  },
};
