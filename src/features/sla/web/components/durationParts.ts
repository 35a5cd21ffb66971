/** Business minutes as whole hours and minutes, sign dropped (the caller says late or left). */
export function durationParts(minutes: number): { hours: number; minutes: number } {
  const total = Math.abs(Math.trunc(minutes));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
