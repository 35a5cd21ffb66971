import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardView } from '../../dispatch.schemas';
import type { Scale } from '../timeline';
import { TechnicianRow } from './TechnicianRow';
import { TimeAxis } from './TimeAxis';

interface Props {
  board: BoardView;
  scale: Scale;
  canPlan: boolean;
  locked: ReadonlySet<string>;
  onToggleLock: (workOrderId: string) => void;
  onMove: (workOrderId: string, technicianId: string, position: number) => void;
}

/** One row per technician across the day. */
export function BoardTimeline({ board, scale, canPlan, locked, onToggleLock, onMove }: Props) {
  const { t } = useTranslation();
  if (board.technicians.length === 0) return <Empty description={t('dispatch.noTechnicians')} />;
  return (
    <div data-testid="board-timeline" style={{ minWidth: 720 }}>
      <TimeAxis scale={scale} />
      {board.technicians.map((technician) => (
        <TechnicianRow
          key={technician.id}
          technician={technician}
          scale={scale}
          canPlan={canPlan}
          locked={locked}
          onToggleLock={onToggleLock}
          onDrop={(workOrderId, position) => onMove(workOrderId, technician.id, position)}
        />
      ))}
    </div>
  );
}
