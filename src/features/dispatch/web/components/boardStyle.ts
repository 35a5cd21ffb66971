import type { BoardJob } from '../../dispatch.schemas';

/** The width of the name column left of every timeline track. */
export const LABEL_WIDTH = 150;
export const ROW_HEIGHT = 44;

export const URGENCY_COLORS: Record<BoardJob['urgency'], string> = {
  normal: '#1677ff',
  urgent: '#fa8c16',
  critical: '#f5222d',
};
