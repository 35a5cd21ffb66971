import type { Role } from '../accounts/roles';

/** Who carries returns on: they register, ship, chase and give items back. */
export const RETURNS_CLERKS: readonly Role[] = ['returns_clerk'];
/** A charged return's quote concerns the desk too: they talk to the customer. */
export const CLERKS_AND_DISPATCHERS: readonly Role[] = ['returns_clerk', 'dispatcher'];

/** The app page a notice about this return opens. */
export const returnLink = (id: string) => `/repair-returns/${id}`;
