import { DecisionContext, Decider, unreachable } from '@muster/event-sourcing';
import {
  ApproveIdentityExport,
  DownloadIdentityExport,
  IdentityExportCommand,
  RefuseIdentityExport,
  RequestIdentityExport,
} from './identity-export.commands';
import { IdentityExportErrors as E } from './identity-export.errors';
import { ExportFilters, IdentityExportEvent } from './identity-export.events';

/** How long an approval lets the requester download: long enough for a working day, not a standing permission. */
export const APPROVAL_VALID_HOURS = 24;

export type IdentityExportStatus = 'none' | 'requested' | 'approved' | 'refused' | 'downloaded';

export interface IdentityExportState {
  readonly status: IdentityExportStatus;
  readonly requestedBy: string | null;
  readonly filters: ExportFilters | null;
  readonly approvedAt: string | null;
}

export const initialIdentityExportState: IdentityExportState = {
  status: 'none',
  requestedBy: null,
  filters: null,
  approvedAt: null,
};

function evolve(state: IdentityExportState, event: IdentityExportEvent): IdentityExportState {
  switch (event.type) {
    case 'IdentityExportRequested':
      return { ...state, status: 'requested', requestedBy: event.data.requestedBy, filters: event.data.filters };
    case 'IdentityExportApproved':
      return { ...state, status: 'approved', approvedAt: event.data.approvedAt };
    case 'IdentityExportRefused':
      return { ...state, status: 'refused' };
    case 'IdentityExportDownloaded':
      return { ...state, status: 'downloaded' };
    default:
      return unreachable(event);
  }
}

function request(command: RequestIdentityExport, state: IdentityExportState): IdentityExportEvent[] {
  if (state.status !== 'none') throw E.alreadyRequested();
  const purpose = command.purpose.trim();
  if (purpose === '') throw E.purposeRequired();
  if (command.rowCount === 0) throw E.empty();
  if (command.requestsToday >= command.dailyLimit) throw E.dailyLimit(command.dailyLimit);
  const { exportId, requestedBy, filters, rowCount } = command;
  return [{ type: 'IdentityExportRequested', data: { exportId, requestedBy, filters, rowCount, purpose } }];
}

/** Approving and refusing are both another person's decision on a pending request. */
function requirePendingFor(decidedBy: string, state: IdentityExportState): void {
  if (state.status === 'none') throw E.notFound();
  if (state.status !== 'requested') throw E.notPending(state.status);
  if (decidedBy === state.requestedBy) throw E.selfDecision();
}

function approve(command: ApproveIdentityExport, state: IdentityExportState, { now }: DecisionContext) {
  requirePendingFor(command.approvedBy, state);
  return [
    { type: 'IdentityExportApproved', data: { approvedBy: command.approvedBy, approvedAt: now.toISOString() } },
  ] satisfies IdentityExportEvent[];
}

function refuse(command: RefuseIdentityExport, state: IdentityExportState): IdentityExportEvent[] {
  requirePendingFor(command.refusedBy, state);
  return [{ type: 'IdentityExportRefused', data: { refusedBy: command.refusedBy, reason: command.reason } }];
}

function download(
  command: DownloadIdentityExport,
  state: IdentityExportState,
  { now }: DecisionContext,
): IdentityExportEvent[] {
  if (state.status === 'none') throw E.notFound();
  if (state.status !== 'approved') throw E.notApproved(state.status);
  if (command.downloadedBy !== state.requestedBy) throw E.notYours();
  const approvedAt = Date.parse(state.approvedAt ?? '');
  if (now.getTime() - approvedAt > APPROVAL_VALID_HOURS * 3_600_000) throw E.approvalExpired(APPROVAL_VALID_HOURS);
  const { downloadedBy, rowCount, identityMemberIds } = command;
  return [
    { type: 'IdentityExportDownloaded', data: { downloadedBy, rowCount, identityMemberIds: [...identityMemberIds] } },
  ];
}

function decide(
  command: IdentityExportCommand,
  state: IdentityExportState,
  context: DecisionContext,
): IdentityExportEvent[] {
  switch (command.type) {
    case 'RequestIdentityExport':
      return request(command, state);
    case 'ApproveIdentityExport':
      return approve(command, state, context);
    case 'RefuseIdentityExport':
      return refuse(command, state);
    case 'DownloadIdentityExport':
      return download(command, state, context);
    default:
      return unreachable(command);
  }
}

export const identityExportDecider: Decider<IdentityExportCommand, IdentityExportState, IdentityExportEvent> = {
  initialState: initialIdentityExportState,
  evolve,
  decide,
};
