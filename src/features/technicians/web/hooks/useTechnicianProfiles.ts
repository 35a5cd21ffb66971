import { useQuery } from '@tanstack/react-query';
import { techniciansApi } from '../api/techniciansApi';

export function useTechnicianProfiles() {
  return useQuery({ queryKey: ['technician-profiles'], queryFn: techniciansApi.list });
}
