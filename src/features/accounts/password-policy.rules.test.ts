import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  characterClasses,
  DEFAULT_PASSWORD_POLICY,
  meetsPasswordPolicy,
} from './password-policy.rules';

describe('password policy', () => {
  it('accepts the demo password and refuses weak ones under the default policy', () => {
    expect(meetsPasswordPolicy('Demo@2026', DEFAULT_PASSWORD_POLICY)).toBe(true);
    expect(meetsPasswordPolicy('demo2026', DEFAULT_PASSWORD_POLICY)).toBe(false); // 2 classes
    expect(meetsPasswordPolicy('Ab1!', DEFAULT_PASSWORD_POLICY)).toBe(false); // too short
    expect(meetsPasswordPolicy('密码Ab12345', DEFAULT_PASSWORD_POLICY)).toBe(true);
  });

  it('counts the four classes', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('aB3')).toBe(3);
    expect(characterClasses('aB3$')).toBe(4);
  });

  it('never accepts a password shorter than the minimum or with fewer classes', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 4 }),
        (pw, minLength, minClasses) => {
          const ok = meetsPasswordPolicy(pw, { minLength, minClasses });
          if ([...pw].length < minLength || characterClasses(pw) < minClasses)
            expect(ok).toBe(false);
          else expect(ok).toBe(true);
        },
      ),
    );
  });
});
