import { Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardView } from '../../dispatch.schemas';
import { useReasonText } from '../hooks/useReasonText';
import { dropPosition, instantAt, percentOf, placeJobs, type Scale } from '../timeline';
import { LABEL_WIDTH, ROW_HEIGHT } from './boardStyle';
import { DRAG_TYPE, JobBlock } from './JobBlock';
import { HourLines } from './TimeAxis';

type Technician = BoardView['technicians'][number];

interface Props {
  technician: Technician;
  scale: Scale;
  canPlan: boolean;
  locked: ReadonlySet<string>;
  onToggleLock: (workOrderId: string) => void;
  onDrop: (workOrderId: string, position: number) => void;
}

/** A technician's day: the shift as a band, the jobs on it; a drop here asks the server to move. */
export function TechnicianRow({ technician, scale, canPlan, locked, onToggleLock, onDrop }: Props) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const [isOver, setIsOver] = useState(false);
  const placed = placeJobs(technician.jobs, technician.shiftStart);
  const shiftLeft = percentOf(scale, Date.parse(technician.shiftStart));
  const shiftRight = percentOf(scale, Date.parse(technician.shiftEnd));
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsOver(false);
    const workOrderId = event.dataTransfer.getData(DRAG_TYPE);
    if (!workOrderId) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const at = instantAt(scale, (event.clientX - rect.left) / rect.width);
    onDrop(workOrderId, dropPosition(placed, workOrderId, at));
  };
  const isOff = technician.off !== null;
  return (
    <div
      data-testid="technician-row"
      data-technician-id={technician.id}
      data-name={technician.name}
      data-off={isOff}
      style={{ display: 'flex', height: ROW_HEIGHT, borderBottom: '1px solid #f0f0f0' }}
    >
      <div style={{ width: LABEL_WIDTH, flex: 'none', padding: '4px 8px', lineHeight: 1.2 }}>
        <Typography.Text strong={!isOff} type={isOff ? 'secondary' : undefined}>
          {technician.name}
        </Typography.Text>
        <div style={{ fontSize: 12, color: '#8c8c8c' }}>
          {technician.off
            ? reasonText(technician.off)
            : t('dispatch.jobs', { count: technician.jobs.length })}
        </div>
      </div>
      <div
        data-testid="technician-track"
        onDragOver={(event) => {
          if (!canPlan) return;
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={drop}
        style={{
          position: 'relative',
          flex: 1,
          background: isOff ? '#f5f5f5' : isOver ? '#e6f4ff' : undefined,
          opacity: isOff ? 0.6 : 1,
        }}
      >
        <HourLines scale={scale} />
        {!isOff && (
          <div
            style={{
              position: 'absolute',
              top: 2,
              bottom: 2,
              left: `${shiftLeft}%`,
              width: `${shiftRight - shiftLeft}%`,
              background: '#f6ffed',
              borderRadius: 4,
            }}
          />
        )}
        {placed.map((p) => (
          <JobBlock
            key={p.job.workOrderId}
            placed={p}
            scale={scale}
            canDrag={canPlan}
            isLocked={locked.has(p.job.workOrderId)}
            onToggleLock={canPlan ? () => onToggleLock(p.job.workOrderId) : undefined}
          />
        ))}
      </div>
    </div>
  );
}
