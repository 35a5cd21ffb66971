import type { z } from 'zod';

/** The texts a failed check is shown with; the caller looks them up in the UI language. */
export type IssueText =
  | { key: 'required' }
  | { key: 'invalid' }
  | { key: 'maxLength'; max: number }
  | { key: 'min'; min: number }
  | { key: 'max'; max: number }
  | { key: 'atLeastItems'; min: number }
  | { key: 'atMostItems'; max: number };

export interface FieldIssue {
  /** The body's path, e.g. ['lines', 0, 'quantity']. */
  path: (string | number)[];
  text: IssueText;
}

/**
 * What a zod issue of a request body means to the person filling the form. The schemas'
 * refinements all say "this is needed when …", so a custom issue reads as "required".
 */
export function issueText(issue: z.core.$ZodIssue): IssueText {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { key: 'required' } : { key: 'invalid' };
      if (issue.origin === 'array') return { key: 'atLeastItems', min };
      return { key: 'min', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'maxLength', max };
      if (issue.origin === 'array') return { key: 'atMostItems', max };
      return { key: 'max', max };
    }
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
    case 'custom':
      return { key: 'required' };
    default:
      return { key: 'invalid' };
  }
}

/** One message per field: the first problem zod found there is the one to fix first. */
export function fieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const id = path.join('.');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ path, text: issueText(issue) });
  }
  return out;
}

export type FormFieldName = string | number | (string | number)[];

/**
 * Where a body path sits in the form: by the whole dotted path ('loan.dueOn' → 'dueOn'), by
 * its first part (quoteCents → quoteYuan, keeping the rest), or at the same path.
 */
export function formFieldOf(
  path: readonly (string | number)[],
  fieldOf: Partial<Record<string, FormFieldName>> = {},
): (string | number)[] {
  const [head, ...rest] = path;
  const whole = fieldOf[path.join('.')];
  if (whole !== undefined) return [whole].flat();
  const mapped = fieldOf[String(head)];
  if (mapped !== undefined) return [mapped, ...rest].flat();
  return [...path];
}
