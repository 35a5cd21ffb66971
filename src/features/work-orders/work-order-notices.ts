import type { Role } from '../accounts/roles';

/** Who hears about what happens on site. */
export const DISPATCHERS: readonly Role[] = ['dispatcher'];
/** The service desk: dispatchers and the service manager. */
export const DESK: readonly Role[] = ['dispatcher', 'service_manager'];
/** Those who carry a taken-back item on (repair returns), and the dispatchers. */
export const RETURNS_AND_DISPATCHERS: readonly Role[] = ['returns_clerk', 'dispatcher'];

/** The app page a notice about this order opens. */
export const orderLink = (id: string) => `/work-orders/${id}`;

/** Money in a notice's text: yuan with two decimals (¥1234.50). */
export const yuan = (cents: number) => `¥${(cents / 100).toFixed(2)}`;
