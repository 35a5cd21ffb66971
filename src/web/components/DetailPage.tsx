import { ArrowLeftOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Flex, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { QueryError } from './QueryError';

/**
 * The frame of a record's page: a way back to its list, a skeleton while it loads, the error
 * with a retry if it cannot, and the page itself (`children`, drawn once the record is there).
 */
export function DetailPage({
  backTo,
  backLabel,
  query,
  children,
}: {
  backTo: string;
  backLabel: string;
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch'>;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(backTo)}>
          {backLabel}
        </Button>
      </div>
      {query.isPending && <Skeleton active />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {children}
    </Flex>
  );
}
