import { deciderSpec } from '@muster/event-sourcing/testing';
import { RequestIdentityExport } from './identity-export.commands';
import { identityExportDecider } from './identity-export.decider';
import { IdentityExportEvent } from './identity-export.events';

const spec = deciderSpec(identityExportDecider);
const filters = { centreId: null, status: 'active', role: null };
const request: RequestIdentityExport = {
  type: 'RequestIdentityExport',
  exportId: 'e1',
  requestedBy: 'hr-amal',
  filters,
  purpose: ' Payroll of the Idlib centres ',
  rowCount: 120,
  requestsToday: 0,
  dailyLimit: 3,
};
const requested: IdentityExportEvent = {
  type: 'IdentityExportRequested',
  data: { exportId: 'e1', requestedBy: 'hr-amal', filters, rowCount: 120, purpose: 'Payroll of the Idlib centres' },
};
const approvedAt = '2026-01-15T09:00:00.000Z';
const approved: IdentityExportEvent = { type: 'IdentityExportApproved', data: { approvedBy: 'hr-bilal', approvedAt } };
const download = {
  type: 'DownloadIdentityExport',
  downloadedBy: 'hr-amal',
  rowCount: 118,
  identityMemberIds: ['m1'],
} as const;
const at = (iso: string) => ({ now: new Date(iso) });

describe('identity export decider', () => {
  it('records a request with its purpose, the filters and how many it finds', () => {
    spec.given([]).when(request).then([requested]);
  });

  it('refuses a request without a purpose, one that finds nobody, and one over the daily limit', () => {
    spec
      .given([])
      .when({ ...request, purpose: '  ' })
      .thenThrows('IDENTITY_EXPORT_PURPOSE_REQUIRED');
    spec
      .given([])
      .when({ ...request, rowCount: 0 })
      .thenThrows('IDENTITY_EXPORT_EMPTY');
    spec
      .given([])
      .when({ ...request, requestsToday: 3 })
      .thenThrows('IDENTITY_EXPORT_LIMIT');
    spec.given([requested]).when(request).thenThrows('IDENTITY_EXPORT_ALREADY_REQUESTED');
  });

  it('is approved or refused by another person, once', () => {
    spec.given([requested]).when({ type: 'ApproveIdentityExport', approvedBy: 'hr-bilal' }).then([approved]);
    spec
      .given([requested])
      .when({ type: 'RefuseIdentityExport', refusedBy: 'hr-bilal', reason: 'No payroll this month' })
      .then([{ type: 'IdentityExportRefused', data: { refusedBy: 'hr-bilal', reason: 'No payroll this month' } }]);
    spec
      .given([requested])
      .when({ type: 'ApproveIdentityExport', approvedBy: 'hr-amal' })
      .thenThrows('IDENTITY_EXPORT_SELF_APPROVAL');
    spec
      .given([requested])
      .when({ type: 'RefuseIdentityExport', refusedBy: 'hr-amal', reason: 'changed my mind' })
      .thenThrows('IDENTITY_EXPORT_SELF_APPROVAL');
    spec
      .given([requested, approved])
      .when({ type: 'ApproveIdentityExport', approvedBy: 'hr-chadi' })
      .thenThrows('IDENTITY_EXPORT_DECIDED');
    spec
      .given([])
      .when({ type: 'ApproveIdentityExport', approvedBy: 'hr-bilal' })
      .thenThrows('IDENTITY_EXPORT_NOT_FOUND');
  });

  it('is downloaded once, by the requester, while the approval lasts', () => {
    spec
      .given([requested, approved])
      .when(download, at('2026-01-16T08:59:00Z'))
      .then([
        {
          type: 'IdentityExportDownloaded',
          data: { downloadedBy: 'hr-amal', rowCount: 118, identityMemberIds: ['m1'] },
        },
      ]);
    spec.given([requested]).when(download).thenThrows('IDENTITY_EXPORT_NOT_APPROVED');
    spec
      .given([requested, approved])
      .when({ ...download, downloadedBy: 'hr-bilal' })
      .thenThrows('IDENTITY_EXPORT_NOT_YOURS');
    spec
      .given([requested, approved])
      .when(download, at('2026-01-16T09:00:01Z'))
      .thenThrows('IDENTITY_EXPORT_APPROVAL_EXPIRED');
    const downloaded: IdentityExportEvent = {
      type: 'IdentityExportDownloaded',
      data: { downloadedBy: 'hr-amal', rowCount: 118, identityMemberIds: ['m1'] },
    };
    spec.given([requested, approved, downloaded]).when(download).thenThrows('IDENTITY_EXPORT_NOT_APPROVED');
    spec.given([]).when(download).thenThrows('IDENTITY_EXPORT_NOT_FOUND');
  });
});
