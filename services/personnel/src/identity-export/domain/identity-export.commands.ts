import { ExportFilters } from './identity-export.events';

export interface RequestIdentityExport {
  readonly type: 'RequestIdentityExport';
  readonly exportId: string;
  readonly requestedBy: string;
  readonly filters: ExportFilters;
  readonly purpose: string;
  /** How many members the filters find now, in the requester's scope. */
  readonly rowCount: number;
  /** The requester's identity exports asked for in the last 24 hours, and how many they may ask for. */
  readonly requestsToday: number;
  readonly dailyLimit: number;
}
export interface ApproveIdentityExport {
  readonly type: 'ApproveIdentityExport';
  readonly approvedBy: string;
}
export interface RefuseIdentityExport {
  readonly type: 'RefuseIdentityExport';
  readonly refusedBy: string;
  readonly reason: string;
}
export interface DownloadIdentityExport {
  readonly type: 'DownloadIdentityExport';
  readonly downloadedBy: string;
  readonly rowCount: number;
  readonly identityMemberIds: readonly string[];
}

export type IdentityExportCommand =
  RequestIdentityExport | ApproveIdentityExport | RefuseIdentityExport | DownloadIdentityExport;
