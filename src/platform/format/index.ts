// Pure formatting shared by the server's documents and the web screens: no database, no HTTP.
export { documentTime } from './document-time';
export { type ClockStyle, zoneFormatter } from './zone-formatter';
export { centsToYuan, formatCents, yuanToCents } from './money';
export { fillTemplate } from './fill-template';
export { wallClock, wallClockAsUtc } from './wall-clock';
