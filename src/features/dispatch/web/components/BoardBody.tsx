import { Card, Col, Row } from 'antd';
import type { BoardView } from '../../dispatch.schemas';
import type { Scale } from '../timeline';
import { BoardTimeline } from './BoardTimeline';
import { UnassignedPanel } from './UnassignedPanel';

interface Props {
  board: BoardView;
  scale: Scale;
  canPlan: boolean;
  locked: ReadonlySet<string>;
  onToggleLock: (workOrderId: string) => void;
  onMove: (workOrderId: string, technicianId: string, position: number) => void;
}

/** The unassigned orders above the technicians' timelines. */
export function BoardBody(props: Props) {
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <UnassignedPanel jobs={props.board.unassigned} canPlan={props.canPlan} />
      </Col>
      <Col span={24}>
        <Card size="small" styles={{ body: { overflowX: 'auto' } }}>
          <BoardTimeline {...props} />
        </Card>
      </Col>
    </Row>
  );
}
