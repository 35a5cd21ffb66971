import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { NoticesDueTable } from './board/NoticesDueTable';
import { StatusCounts } from './board/StatusCounts';
import { VendorLoadTable } from './board/VendorLoadTable';
import { VendorPerformanceCard } from './board/VendorPerformanceCard';
import { ReturnTable } from './components/ReturnTable';
import { useReturnsBoard } from './hooks/useRepairReturns';

/** 返修看板: where every return stands, what is overdue, and how the vendors perform. */
export function ReturnsBoardPage() {
  const { t } = useTranslation();
  const board = useReturnsBoard();
  const data = board.data;
  return (
    <Flex vertical gap={16}>
      <PageTitle
        title={t('repairReturns.board.title')}
        extra={
          <Button
            icon={<ReloadOutlined />}
            loading={board.isFetching}
            onClick={() => void board.refetch()}
          >
            {t('repairReturns.board.refresh')}
          </Button>
        }
      />
      {board.isPending && <Skeleton active />}
      {board.isError && <QueryError error={board.error} onRetry={() => void board.refetch()} />}
      {data && (
        <>
          <StatusCounts byStatus={data.byStatus} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <Card title={t('repairReturns.board.byVendor')}>
                <VendorLoadTable rows={data.byVendor} />
              </Card>
            </Col>
            <Col xs={24} xl={14}>
              <Card
                title={t('repairReturns.board.noticesDue', { count: data.noticesDue.length })}
                data-testid="board-notices-due"
              >
                <NoticesDueTable rows={data.noticesDue} />
              </Card>
            </Col>
          </Row>
          <Card
            title={t('repairReturns.board.overdueChases', { count: data.overdueChases.length })}
            data-testid="board-overdue-chases"
          >
            <ReturnTable items={data.overdueChases} isLoading={false} compact />
          </Card>
          <Card title={t('repairReturns.board.withVendors', { count: data.withVendors.length })}>
            <ReturnTable items={data.withVendors} isLoading={false} compact />
          </Card>
        </>
      )}
      <VendorPerformanceCard />
    </Flex>
  );
}
