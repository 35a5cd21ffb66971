import { apiRequest } from '../../../../web/api/apiRequest';
import type { CommitmentsContent } from '../../commitments-content.schemas';
import type {
  CalendarDayView,
  CalendarView,
  CommitmentsView,
  DeadlinePreview,
  DeadlinePreviewQuery,
  LoadDefaultsResult,
  PublicCommitmentsView,
} from '../../commitments.schemas';

export interface PublicProfileInput {
  publicCode: string | null;
  hotline: string | null;
}

export const commitmentsApi = {
  get: () => apiRequest<CommitmentsView>('/commitments'),
  update: (version: number, content: CommitmentsContent) =>
    apiRequest<CommitmentsView>('/commitments', { method: 'PUT', body: { version, content } }),
  updatePublicProfile: (body: PublicProfileInput) =>
    apiRequest<CommitmentsView['publicProfile']>('/commitments/public-profile', {
      method: 'PUT',
      body,
    }),
  preview: (query: DeadlinePreviewQuery) =>
    apiRequest<DeadlinePreview>('/commitments/deadline-preview', { query: { ...query } }),
  calendar: (year: number) => apiRequest<CalendarView>('/calendar', { query: { year } }),
  putDay: (day: string, body: Omit<CalendarDayView, 'day'>) =>
    apiRequest<CalendarDayView>(`/calendar/days/${day}`, { method: 'PUT', body }),
  deleteDay: (day: string) => apiRequest<void>(`/calendar/days/${day}`, { method: 'DELETE' }),
  loadDefaults: (year: number) =>
    apiRequest<LoadDefaultsResult>('/calendar/load-defaults', { method: 'POST', body: { year } }),
  publicPage: (code: string) =>
    apiRequest<PublicCommitmentsView>(`/public/commitments/${encodeURIComponent(code)}`),
};
