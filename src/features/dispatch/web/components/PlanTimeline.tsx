import { Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PlanRecordView } from '../../dispatch.schemas';
import { percentOf, type Scale } from '../timeline';
import { LABEL_WIDTH, ROW_HEIGHT } from './boardStyle';
import { HourLines, TimeAxis } from './TimeAxis';

type Route = PlanRecordView['plan']['routes'][number];
type Stop = Route['stops'][number];
const time = (iso: string) => dayjs(iso).format('HH:mm');

/** The proposed routes, drawn on the same scale as the board so the two compare at a glance. */
export function PlanTimeline({ routes, scale }: { routes: Route[]; scale: Scale }) {
  const { t } = useTranslation();
  return (
    <div data-testid="plan-timeline" style={{ minWidth: 720 }}>
      <TimeAxis scale={scale} />
      {routes.map((route) => (
        <div
          key={route.technicianId}
          data-testid="plan-route"
          data-technician-id={route.technicianId}
          data-name={route.technicianName}
          style={{ display: 'flex', height: ROW_HEIGHT, borderBottom: '1px solid #f0f0f0' }}
        >
          <div style={{ width: LABEL_WIDTH, flex: 'none', padding: '4px 8px', lineHeight: 1.2 }}>
            <Typography.Text strong>{route.technicianName}</Typography.Text>
            <div style={{ fontSize: 12, color: '#8c8c8c' }}>
              {t('dispatch.jobs', { count: route.stops.length })} ·{' '}
              {t('dispatch.travel', { minutes: route.travelMinutes })}
            </div>
          </div>
          <div style={{ position: 'relative', flex: 1 }}>
            <HourLines scale={scale} />
            {route.stops.map((stop) => (
              <StopBlock key={stop.workOrderId} stop={stop} scale={scale} />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

function StopBlock({ stop, scale }: { stop: Stop; scale: Scale }) {
  const { t } = useTranslation();
  const travelStart = Date.parse(stop.arrival) - stop.travelMinutes * 60_000;
  const left = percentOf(scale, Date.parse(stop.start));
  const width = Math.max(percentOf(scale, Date.parse(stop.end)) - left, 0.8);
  const travelLeft = percentOf(scale, travelStart);
  const color = stop.lateMinutes > 0 ? '#f5222d' : '#52c41a';
  const details = [
    `${stop.number} · ${stop.customerName}`,
    `${time(stop.start)}–${time(stop.end)}`,
    t('dispatch.travel', { minutes: stop.travelMinutes }),
    stop.lateMinutes > 0 ? t('dispatch.late', { minutes: stop.lateMinutes }) : '',
    stop.locked ? t('dispatch.locked') : '',
  ].filter(Boolean);
  return (
    <>
      <div
        style={{
          position: 'absolute',
          top: 18,
          height: 2,
          left: `${travelLeft}%`,
          width: `${Math.max(percentOf(scale, Date.parse(stop.arrival)) - travelLeft, 0)}%`,
          background: '#bfbfbf',
        }}
      />
      <Tooltip
        title={details.map((line) => (
          <div key={line}>{line}</div>
        ))}
      >
        <div
          data-testid="plan-stop"
          data-number={stop.number}
          style={{
            position: 'absolute',
            top: 4,
            height: 30,
            left: `${left}%`,
            width: `${width}%`,
            background: `${color}22`,
            border: `1px solid ${color}`,
            borderRadius: 4,
            padding: '0 4px',
            fontSize: 12,
            lineHeight: '28px',
            overflow: 'hidden',
            whiteSpace: 'nowrap',
          }}
        >
          {stop.number} {stop.customerName}
        </div>
      </Tooltip>
    </>
  );
}
