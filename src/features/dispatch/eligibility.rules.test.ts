import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ineligibilities, isoWeekday, skillTags, type TechnicianFacts } from './eligibility.rules';

const medical = { id: 'med', name: '医疗设备', requiresCertificate: true };
const printers = { id: 'prn', name: '打印机', requiresCertificate: false };
const tech = (over: Partial<TechnicianFacts> = {}): TechnicianFacts => ({
  id: 't1',
  name: '赵志强',
  isActive: true,
  skills: [
    { categoryId: 'med', level: 2 },
    { categoryId: 'prn', level: 3 },
  ],
  certificates: [{ categoryId: 'med', name: '医疗器械维修证', expiresOn: '2026-12-31' }],
  workDays: [1, 2, 3, 4, 5],
  daysOff: [],
  ...over,
});
const codes = (t: TechnicianFacts, category = medical, level = 1, day = '2026-11-30') =>
  ineligibilities(t, { category, requiredLevel: level }, day).map((r) => r.code);

describe('eligibility', () => {
  it('knows the weekday', () => {
    expect(isoWeekday('2026-11-28')).toBe(6); // Saturday
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('2026-11-30')).toBe(1);
  });

  it('accepts a skilled, certified technician on a working day', () => {
    expect(codes(tech())).toEqual([]);
  });

  it('refuses a missing skill or a level below the requirement', () => {
    expect(codes(tech({ skills: [] }))).toContain('no-skill');
    expect(codes(tech(), medical, 3)).toEqual(['level-too-low']);
  });

  it('refuses an expired certificate, with its date in the reason, but not on its last day', () => {
    expect(codes(tech(), medical, 1, '2026-12-31')).toEqual([]);
    const reasons = ineligibilities(tech(), { category: medical, requiredLevel: 1 }, '2027-01-04');
    expect(reasons.map((r) => r.code)).toEqual(['certificate-expired']);
    expect(reasons[0]!.zh).toContain('2026-12-31');
  });

  it('needs a certificate only where the category asks for one', () => {
    expect(codes(tech({ certificates: [] }))).toEqual(['no-certificate']);
    expect(codes(tech({ certificates: [] }), printers)).toEqual([]);
  });

  it('refuses days off, non-working days and disabled accounts', () => {
    expect(codes(tech({ daysOff: ['2026-11-30'] }))).toEqual(['day-off']);
    expect(codes(tech(), medical, 1, '2026-11-29')).toEqual(['not-a-work-day']);
    expect(codes(tech({ isActive: false }))).toEqual(['inactive']);
  });

  it('eligible at a level means eligible at every lower level, and tags say the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (held, required, certified) => {
          const t = tech({
            skills: [{ categoryId: 'med', level: held }],
            certificates: certified ? tech().certificates : [],
          });
          const ok = codes(t, medical, required).length === 0;
          expect(ok).toBe(held >= required && certified);
          if (ok)
            for (let lower = 1; lower < required; lower++)
              expect(codes(t, medical, lower)).toEqual([]);
          expect(skillTags(t, [medical], '2026-11-30').includes(`med:${required}`)).toBe(ok);
        },
      ),
    );
  });
});
