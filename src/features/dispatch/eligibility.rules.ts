/** What dispatch knows of a technician on a given day. Dates are YYYY-MM-DD in the tenant's zone. */
export interface TechnicianFacts {
  id: string;
  name: string;
  isActive: boolean;
  skills: readonly { categoryId: string; level: number }[];
  certificates: readonly { categoryId: string; name: string; expiresOn: string }[];
  workDays: readonly number[];
  daysOff: readonly string[];
}

export interface CategoryFacts {
  id: string;
  name: string;
  requiresCertificate: boolean;
}

export interface JobFacts {
  category: CategoryFacts | null;
  requiredLevel: number;
}

/** Why a technician cannot take a job: a code for the UI and its words in both languages. */
export interface Ineligibility {
  code:
    | 'inactive'
    | 'no-skill'
    | 'level-too-low'
    | 'certificate-expired'
    | 'no-certificate'
    | 'day-off'
    | 'not-a-work-day';
  zh: string;
  en: string;
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * Every reason this technician may not take this job on this day; empty when eligible.
 * A certificate counts on the day it expires, not after.
 */
export function ineligibilities(
  tech: TechnicianFacts,
  job: JobFacts,
  day: string,
): Ineligibility[] {
  const reasons: Ineligibility[] = [];
  if (!tech.isActive) reasons.push({ code: 'inactive', zh: '账号已停用', en: 'account disabled' });
  if (tech.daysOff.includes(day)) reasons.push({ code: 'day-off', zh: '当天休假', en: 'day off' });
  else if (!tech.workDays.includes(isoWeekday(day)))
    reasons.push({ code: 'not-a-work-day', zh: '当天不上班', en: 'not a working day' });
  const category = job.category;
  if (!category) return reasons;
  const skill = tech.skills.find((s) => s.categoryId === category.id);
  if (!skill)
    reasons.push({
      code: 'no-skill',
      zh: `不具备「${category.name}」技能`,
      en: `no skill in ${category.name}`,
    });
  else if (skill.level < job.requiredLevel) {
    reasons.push({
      code: 'level-too-low',
      zh: `技能等级 ${skill.level} 低于要求的 ${job.requiredLevel}`,
      en: `skill level ${skill.level} below the required ${job.requiredLevel}`,
    });
  }
  const certificates = tech.certificates.filter((c) => c.categoryId === category.id);
  const valid = certificates.some((c) => c.expiresOn >= day);
  if (!valid && certificates.length > 0) {
    const latest = certificates.reduce((a, b) => (a.expiresOn > b.expiresOn ? a : b));
    reasons.push({
      code: 'certificate-expired',
      zh: `证书「${latest.name}」已于 ${latest.expiresOn} 过期`,
      en: `certificate "${latest.name}" expired on ${latest.expiresOn}`,
    });
  } else if (!valid && category.requiresCertificate) {
    reasons.push({
      code: 'no-certificate',
      zh: `「${category.name}」须持证上岗`,
      en: `${category.name} needs a certificate`,
    });
  }
  return reasons;
}

/** The skill tags a technician brings to the optimiser: `category:level` for every level held. */
export function skillTags(
  tech: TechnicianFacts,
  categories: readonly CategoryFacts[],
  day: string,
): string[] {
  const tags: string[] = [];
  for (const category of categories) {
    for (let level = 1; level <= 3; level++) {
      if (ineligibilities(tech, { category, requiredLevel: level }, day).length === 0)
        tags.push(`${category.id}:${level}`);
    }
  }
  return tags;
}
