import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

/** The server-side paging of the list pages: page, size, and the total in the reader's language. */
export function pagination(
  t: TFunction,
  paging: { page: number; pageSize: number },
  total: number,
  onChange: (paging: { page: number; pageSize: number }) => void,
): TablePaginationConfig {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    showSizeChanger: true,
    showTotal: (count) => t('common.total', { total: count }),
    onChange: (page, pageSize) => onChange({ page, pageSize }),
  };
}
