export const exports = {
  export: 'Export to Excel',
  exporting: 'Exporting…',
  exported: 'Exported {{file}}',
  fileNames: {
    customers: 'customers',
    assets: 'assets',
    'product-models': 'product-models',
    brands: 'Brands',
    'service-contracts': 'Service contracts',
    'warranty-policies': 'Warranty policies',
    vendors: 'vendors',
    'work-orders': 'work-orders',
    'hotline-calls': 'hotline-calls',
    'service-requests': 'service-requests',
    users: 'users',
  },
};
