import { DomainError } from '@muster/event-sourcing';

export const IdentityExportErrors = {
  notFound: () =>
    new DomainError('IDENTITY_EXPORT_NOT_FOUND', 'No identity export is recorded under this id', 'not-found'),
  alreadyRequested: () =>
    new DomainError('IDENTITY_EXPORT_ALREADY_REQUESTED', 'This identity export has already been requested', 'conflict'),
  empty: () =>
    new DomainError('IDENTITY_EXPORT_EMPTY', 'These filters find nobody: there is nothing to export', 'rule'),
  purposeRequired: () =>
    new DomainError('IDENTITY_EXPORT_PURPOSE_REQUIRED', 'Say why the identities are needed', 'rule'),
  dailyLimit: (limit: number) =>
    new DomainError(
      'IDENTITY_EXPORT_LIMIT',
      `You have asked for ${limit} identity exports in the last 24 hours, the most one person may`,
      'rule',
      { limit },
    ),
  selfDecision: () =>
    new DomainError(
      'IDENTITY_EXPORT_SELF_APPROVAL',
      'Another person must approve or refuse an identity export you asked for',
      'forbidden',
    ),
  notPending: (status: string) =>
    new DomainError('IDENTITY_EXPORT_DECIDED', `This identity export is already ${status}`, 'conflict', { status }),
  notApproved: (status: string) =>
    new DomainError(
      'IDENTITY_EXPORT_NOT_APPROVED',
      status === 'requested'
        ? 'This identity export waits for another person’s approval'
        : `This identity export was ${status}: it cannot be downloaded`,
      'conflict',
      { status },
    ),
  notYours: () =>
    new DomainError(
      'IDENTITY_EXPORT_NOT_YOURS',
      'Only the person who asked for this export may download it',
      'forbidden',
    ),
  approvalExpired: (hours: number) =>
    new DomainError(
      'IDENTITY_EXPORT_APPROVAL_EXPIRED',
      `The approval is valid for ${hours} hours and has lapsed: ask again`,
      'conflict',
      { hours },
    ),
} as const;
