import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ReturnsBoardView } from '../../returns-board.schemas';
import { REPAIR_RETURN_STATES } from '../../repair-return.states';

/** How many returns are in each state; a click lists them. Returned ones are history: left out. */
export function StatusCounts({ byStatus }: { byStatus: ReturnsBoardView['byStatus'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const count = new Map(byStatus.map((s) => [s.status, s.count]));
  return (
    <Row gutter={[12, 12]}>
      {REPAIR_RETURN_STATES.filter((s) => s !== 'returned').map((status) => (
        <Col key={status} xs={12} sm={8} md={6} xl={3}>
          <Card
            size="small"
            hoverable
            onClick={() => void navigate(`/repair-returns?status=${status}`)}
            data-testid={`board-count-${status}`}
          >
            <Statistic title={t(`repairReturns.status.${status}`)} value={count.get(status) ?? 0} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
