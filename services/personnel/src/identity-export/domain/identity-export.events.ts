/** What an identity export covers: the roster's filters (null: any). */
export interface ExportFilters {
  readonly centreId: string | null;
  readonly status: string | null;
  readonly role: string | null;
}

/**
 * An export of identities larger than one person may take alone: asked for, approved or refused by another, downloaded
 * once. Stream `identityexport-<id>`, never published (it says whose identities left the system, and why).
 */
export type IdentityExportRequested = {
  type: 'IdentityExportRequested';
  data: { exportId: string; requestedBy: string; filters: ExportFilters; rowCount: number; purpose: string };
};
export type IdentityExportApproved = {
  type: 'IdentityExportApproved';
  data: { approvedBy: string; approvedAt: string };
};
export type IdentityExportRefused = { type: 'IdentityExportRefused'; data: { refusedBy: string; reason: string } };
/** Whose identities the file held: the names themselves never enter the log. */
export type IdentityExportDownloaded = {
  type: 'IdentityExportDownloaded';
  data: { downloadedBy: string; rowCount: number; identityMemberIds: string[] };
};

export type IdentityExportEvent =
  IdentityExportRequested | IdentityExportApproved | IdentityExportRefused | IdentityExportDownloaded;
