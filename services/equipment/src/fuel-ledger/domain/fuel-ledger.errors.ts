import { DomainError } from '@muster/event-sourcing';

/** A fuel ledger's refusals: each code is stable (clients switch on it), each message is for a logistics officer. */
export const FuelLedgerErrors = {
  /** Also a centre outside a commander's own. */
  notFound: () =>
    new DomainError('FUEL_LEDGER_NOT_FOUND', 'No fuel ledger of this centre is yours to see', 'not-found'),
  stockInsufficient: (balanceLitres: number, requestedLitres: number) =>
    new DomainError(
      'FUEL_STOCK_INSUFFICIENT',
      `The centre holds ${balanceLitres} l of fuel: ${requestedLitres} l cannot be issued`,
      'conflict',
      { balanceLitres, requestedLitres },
    ),
  targetUnknown: (kind: string, id: string) =>
    new DomainError('FUEL_TARGET_UNKNOWN', `No ${kind} is recorded under this id`, 'rule', { kind, id }),
  targetWrittenOff: (kind: string, id: string) =>
    new DomainError('FUEL_TARGET_WRITTEN_OFF', `This ${kind} was written off: it takes no fuel`, 'conflict', {
      kind,
      id,
    }),
  flagNotOpen: (issueId: string) =>
    new DomainError(
      'FUEL_FLAG_NOT_OPEN',
      'This issue has no flag awaiting review (never flagged, or reviewed already)',
      'conflict',
      { issueId },
    ),
  reasonRequired: (differenceLitres: number) =>
    new DomainError(
      'STOCKTAKE_REASON_REQUIRED',
      `The count differs from the ledger by ${differenceLitres} l: say why`,
      'rule',
      { differenceLitres },
    ),
  noteRequired: () => new DomainError('REVIEW_NOTE_REQUIRED', 'Say what the review found', 'rule'),
  sourceRequired: () =>
    new DomainError('FUEL_SOURCE_REQUIRED', 'Say where the fuel came from: a supplier, a donor or both', 'rule'),
} as const;
