/** A tenant's password rules. The defaults satisfy a 等级保护 level-2 assessment. */
export interface PasswordPolicy {
  minLength: number;
  /** How many of the four classes (upper, lower, digit, symbol) a password must mix. */
  minClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3 };

export function characterClasses(password: string): number {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];
  return classes.filter((re) => re.test(password)).length;
}

export function meetsPasswordPolicy(password: string, policy: PasswordPolicy): boolean {
  return (
    [...password].length >= policy.minLength && characterClasses(password) >= policy.minClasses
  );
}
