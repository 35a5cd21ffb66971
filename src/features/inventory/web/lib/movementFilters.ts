import { MOVEMENT_KINDS, type MovementKind } from '../../inventory.states';

/** The ledger's filters, kept in the URL so a stock row can link to its own movements. */
export interface MovementFilters {
  partId?: string;
  warehouseId?: string;
  kind?: MovementKind;
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the URL, leaving out anything the API would refuse. */
export function parseMovementFilters(params: URLSearchParams): MovementFilters {
  const id = (name: string) => {
    const value = params.get(name);
    return value && UUID.test(value) ? value : undefined;
  };
  const date = (name: string) => {
    const value = params.get(name);
    return value && DATE.test(value) ? value : undefined;
  };
  const kind = params.get('kind');
  return {
    partId: id('partId'),
    warehouseId: id('warehouseId'),
    kind: MOVEMENT_KINDS.find((k) => k === kind),
    from: date('from'),
    to: date('to'),
  };
}

export function movementFiltersToParams(filters: MovementFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}
