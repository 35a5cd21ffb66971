import dayjs from 'dayjs';

/** API times are ISO instants; people read them in the browser's local time. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
}
