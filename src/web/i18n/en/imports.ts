export const imports = {
  import: 'Import from Excel',
  title: {
    customers: 'Import customers',
    assets: 'Import assets',
  },
  intro:
    'Fill in the import template (Chinese or English headers). Each row is checked on its own: bad rows are listed below, the rest import together; a re-import updates existing records instead of duplicating them.',
  template: 'Download the template',
  templateFile: {
    customers: 'customer-import-template.xlsx',
    assets: 'asset-import-template.xlsx',
  },
  pickFile: 'Click or drop an .xlsx file here',
  pickHint: 'Only .xlsx, up to 10 MB',
  notXlsx: 'Please choose an Excel .xlsx file',
  check: 'Check (no changes)',
  run: 'Import',
  done: 'Imported: {{created}} created, {{updated}} updated, {{failed}} failed',
  dryRunTitle: 'Check result (nothing written yet)',
  resultTitle: 'Import result',
  total: 'Rows',
  created: 'Created',
  updated: 'Updated',
  failed: 'Failed',
  createdReferences:
    'Also created: {{departments}} departments, {{brands}} brands, {{models}} models',
  allGood: 'Every row passed the checks',
  row: 'Row',
  column: 'Column',
  reason: 'Reason',
  close: 'Close',
};
