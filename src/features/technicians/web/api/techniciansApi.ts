import { apiRequest } from '../../../../web/api/apiRequest';
import type { CheckInView, TechnicianProfileView } from '../../technician-profile.schemas';

export interface ProfileInput {
  baseLabel: string | null;
  baseLat: number | null;
  baseLng: number | null;
  shiftStart: string;
  shiftEnd: string;
  workDays: number[];
}
export interface SkillInput {
  categoryId: string;
  level: number;
}
export interface CertificateInput {
  categoryId: string;
  name: string;
  number?: string;
  expiresOn: string;
}

const base = (userId: string) => `/technician-profiles/${userId}`;
type Profile = TechnicianProfileView;

export const techniciansApi = {
  list: () => apiRequest<Profile[]>('/technician-profiles'),
  updateProfile: (userId: string, body: ProfileInput) =>
    apiRequest<Profile>(base(userId), { method: 'PUT', body }),
  replaceSkills: (userId: string, skills: SkillInput[]) =>
    apiRequest<Profile>(`${base(userId)}/skills`, { method: 'PUT', body: { skills } }),
  addCertificate: (userId: string, body: CertificateInput) =>
    apiRequest<Profile>(`${base(userId)}/certificates`, { method: 'POST', body }),
  cancelCertificate: (userId: string, id: string, reason: string) =>
    apiRequest<Profile>(`${base(userId)}/certificates/${id}/cancel`, {
      method: 'POST',
      body: { reason },
    }),
  addDayOff: (userId: string, body: { day: string; reason: string }) =>
    apiRequest<Profile>(`${base(userId)}/days-off`, { method: 'POST', body }),
  removeDayOff: (userId: string, day: string) =>
    apiRequest<Profile>(`${base(userId)}/days-off/${day}/remove`, { method: 'POST' }),
  checkIn: (position: { lat: number; lng: number }) =>
    apiRequest<CheckInView>('/technician-profiles/me/position', {
      method: 'POST',
      body: position,
    }),
};
