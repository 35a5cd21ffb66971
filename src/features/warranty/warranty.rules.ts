import { addDays, lastDayOfMonths } from './calendar-date.rules';

export interface Coverage {
  parts: boolean;
  labour: boolean;
  travel: boolean;
}

/** A policy's terms: 包换期 in days, then 保修期 in months, both from the start date. */
export interface WarrantyTerms {
  replacementDays: number;
  repairMonths: number;
  replacementCovers: Coverage;
  repairCovers: Coverage;
}

/** A service contract that extends cover (inclusive dates). */
export interface ContractCover {
  number: string;
  startsOn: string;
  endsOn: string;
  covers: Coverage;
}

export const WARRANTY_STATES = ['replacement', 'repair', 'contract', 'expired', 'unknown'] as const;
export type WarrantyState = (typeof WARRANTY_STATES)[number];

export interface WarrantyStatus {
  /** replacement = 包换期内, repair = 保修期内, contract = 合同保修, expired = 已过保. */
  state: WarrantyState;
  startsOn: string | null;
  /** Last day (inclusive) of each period; null when unknown. */
  replacementEndsOn: string | null;
  repairEndsOn: string | null;
  contractNumber: string | null;
  contractEndsOn: string | null;
  /** What is free today: the union of the policy's period and any active contract. */
  coverage: Coverage;
}

export const NO_COVER: Coverage = { parts: false, labour: false, travel: false };

function union(a: Coverage, b: Coverage): Coverage {
  return { parts: a.parts || b.parts, labour: a.labour || b.labour, travel: a.travel || b.travel };
}

/**
 * The warranty status of a unit on a day. Periods count from `startsOn` (installation, else
 * purchase) and include it; a day before the start counts as the replacement period (a new
 * unit). A zero-length period does not exist: its end date is null. Every contract active on
 * the day adds its cover (their union), and keeps an expired unit covered ("contract"); the
 * contract named is the one that runs longest.
 */
export function warrantyStatusOn(
  unit: {
    startsOn: string | null;
    terms: WarrantyTerms | null;
    contracts: readonly ContractCover[];
  },
  on: string,
): WarrantyStatus {
  const active = unit.contracts.filter((c) => c.startsOn <= on && on <= c.endsOn);
  const contract = active.reduce<ContractCover | undefined>(
    (longest, c) => (!longest || c.endsOn > longest.endsOn ? c : longest),
    undefined,
  );
  const contractPart = {
    contractNumber: contract?.number ?? null,
    contractEndsOn: contract?.endsOn ?? null,
  };
  const contractCover = active.reduce((cover, c) => union(cover, c.covers), NO_COVER);

  if (!unit.startsOn || !unit.terms) {
    return {
      state: contract ? 'contract' : 'unknown',
      startsOn: unit.startsOn,
      replacementEndsOn: null,
      repairEndsOn: null,
      ...contractPart,
      coverage: contractCover,
    };
  }
  const { terms, startsOn } = unit;
  const replacementEndsOn =
    terms.replacementDays > 0 ? addDays(startsOn, terms.replacementDays - 1) : null;
  const repairEndsOn =
    terms.repairMonths > 0 ? lastDayOfMonths(startsOn, terms.repairMonths) : null;
  const base = { startsOn, replacementEndsOn, repairEndsOn, ...contractPart };
  if (replacementEndsOn && on <= replacementEndsOn)
    return {
      ...base,
      state: 'replacement',
      coverage: union(terms.replacementCovers, contractCover),
    };
  if (repairEndsOn && on <= repairEndsOn)
    return { ...base, state: 'repair', coverage: union(terms.repairCovers, contractCover) };
  return { ...base, state: contract ? 'contract' : 'expired', coverage: contractCover };
}
