export * from './technician-profile.schemas';
export { formatMinutes, toMinutes, DEFAULT_SHIFT } from './shift-time.rules';
export { addTechnicianCertificate } from './add-technician-certificate';
export { addTechnicianDayOff } from './add-technician-day-off';
export { assertTechnician } from './assert-technician';
export { cancelTechnicianCertificate } from './cancel-technician-certificate';
export { checkInTechnician } from './check-in-technician';
export { getTechnicianProfile } from './get-technician-profile';
export { listTechnicianProfiles } from './list-technician-profiles';
export { removeTechnicianDayOff } from './remove-technician-day-off';
export { replaceTechnicianSkills } from './replace-technician-skills';
export { updateTechnicianProfile } from './update-technician-profile';
export {
  technicianCertificates,
  technicianDaysOff,
  technicianProfiles,
  technicianSkills,
} from './technicians.table';
export { registerTechnicianRoutes } from './technicians.routes';
