import { LockFilled, UnlockOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf, type PlacedJob, type Scale } from '../timeline';
import { URGENCY_COLORS } from './boardStyle';
import { JobDetails } from './JobDetails';

export const DRAG_TYPE = 'text/plain';

interface Props {
  placed: PlacedJob;
  scale: Scale;
  canDrag: boolean;
  isLocked?: boolean;
  onToggleLock?: () => void;
}

/** One job on a technician's track: placed by its start, as wide as its minutes. */
export function JobBlock({ placed, scale, canDrag, isLocked, onToggleLock }: Props) {
  const { t } = useTranslation();
  const { job } = placed;
  const left = percentOf(scale, placed.start);
  const width = Math.max(percentOf(scale, placed.end) - left, 0.8);
  const color = URGENCY_COLORS[job.urgency];
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(DRAG_TYPE, job.workOrderId);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <>
      {job.window && <WindowBar scale={scale} window={job.window} color={color} />}
      <Tooltip title={<JobDetails job={job} />}>
        <div
          draggable={canDrag}
          onDragStart={onDragStart}
          data-testid="board-job"
          data-number={job.number}
          data-work-order-id={job.workOrderId}
          style={{
            position: 'absolute',
            top: 4,
            height: 30,
            left: `${left}%`,
            width: `${width}%`,
            background: `${color}22`,
            border: `1px ${placed.isScheduled ? 'solid' : 'dashed'} ${color}`,
            borderLeft: `4px solid ${color}`,
            borderRadius: 4,
            padding: '0 4px',
            fontSize: 12,
            lineHeight: '28px',
            overflow: 'hidden',
            whiteSpace: 'nowrap',
            cursor: canDrag ? 'grab' : 'default',
          }}
        >
          {onToggleLock && (
            <span
              role="button"
              aria-label={isLocked ? t('dispatch.unlock') : t('dispatch.lock')}
              aria-pressed={isLocked}
              data-testid="lock-toggle"
              onClick={onToggleLock}
              style={{ marginInlineEnd: 4, color: isLocked ? color : '#bfbfbf', cursor: 'pointer' }}
            >
              {isLocked ? <LockFilled /> : <UnlockOutlined />}
            </span>
          )}
          {job.number} {job.customerName}
        </div>
      </Tooltip>
    </>
  );
}

/** The customer's time window: a thin bar under the track. */
function WindowBar({
  scale,
  window,
  color,
}: {
  scale: Scale;
  window: { start: string; end: string; agreed: boolean };
  color: string;
}) {
  const left = percentOf(scale, Date.parse(window.start));
  const right = percentOf(scale, Date.parse(window.end));
  return (
    <div
      data-testid="job-window"
      style={{
        position: 'absolute',
        bottom: 3,
        height: 3,
        left: `${left}%`,
        width: `${Math.max(right - left, 0.3)}%`,
        background: color,
        opacity: window.agreed ? 0.9 : 0.35,
        borderRadius: 2,
      }}
    />
  );
}
