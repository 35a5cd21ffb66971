import dayjs from 'dayjs';
import { hoursOf, percentOf, type Scale } from '../timeline';
import { LABEL_WIDTH } from './boardStyle';

/** The hour labels along the top of a timeline. */
export function TimeAxis({ scale }: { scale: Scale }) {
  return (
    <div style={{ display: 'flex', height: 22, borderBottom: '1px solid #f0f0f0' }}>
      <div style={{ width: LABEL_WIDTH, flex: 'none' }} />
      <div style={{ position: 'relative', flex: 1 }}>
        {hoursOf(scale).map((at, i, all) => (
          <span
            key={at}
            style={{
              position: 'absolute',
              left: `${percentOf(scale, at)}%`,
              // The last label ends at the edge instead of being cut in half by it.
              transform: i === all.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
              fontSize: 12,
              color: '#8c8c8c',
            }}
          >
            {dayjs(at).format('HH')}
          </span>
        ))}
      </div>
    </div>
  );
}

/** Faint vertical lines on each hour, behind the jobs of a track. */
export function HourLines({ scale }: { scale: Scale }) {
  return (
    <>
      {hoursOf(scale).map((at) => (
        <div
          key={at}
          style={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: `${percentOf(scale, at)}%`,
            borderLeft: '1px dashed #f0f0f0',
          }}
        />
      ))}
    </>
  );
}
