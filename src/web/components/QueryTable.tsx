import { Table, type TableProps } from 'antd';
import { QueryError } from './QueryError';

interface ListQuery {
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

type Props<T> = TableProps<T> & {
  /** The list's query: its error replaces the table, with a retry; fetching shows as loading. */
  query: ListQuery;
};

/** A list page's table: rows keyed by id, scrolling sideways on a narrow screen. */
export function QueryTable<T extends object>({ query, ...table }: Props<T>) {
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Table<T> rowKey="id" loading={query.isFetching} scroll={{ x: 'max-content' }} {...table} />
  );
}
