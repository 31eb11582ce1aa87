import { inlineProjection } from '@muster/event-store';
import { unreachable } from '@muster/event-sourcing';
import { identityExportCatalogue } from '../../domain/identity-export.catalogue';

/** `identity_exports`, kept in each append's transaction: a request is listed (and counted) as soon as it is made. */
export const identityExportsProjection = inlineProjection({
  name: 'identity-exports',
  catalogue: identityExportCatalogue,
  async apply(event, tx) {
    const exportId = identityExportCatalogue.idOf(event.streamId);
    const version = event.streamVersion;
    switch (event.type) {
      case 'IdentityExportRequested': {
        const { requestedBy, purpose, filters, rowCount } = event.data;
        await tx.query(
          `INSERT INTO identity_exports
             (export_id, version, status, requested_by, requested_at, purpose, filters, row_count)
           VALUES ($1, $2, 'requested', $3, $4, $5, $6, $7) ON CONFLICT (export_id) DO NOTHING`,
          [exportId, version, requestedBy, event.occurredAt, purpose, JSON.stringify(filters), rowCount],
        );
        return;
      }
      case 'IdentityExportApproved':
      case 'IdentityExportRefused': {
        const approved = event.type === 'IdentityExportApproved';
        await tx.query(
          `UPDATE identity_exports SET version = $2, status = $3, decided_by = $4, decided_at = $5, refusal = $6
            WHERE export_id = $1 AND version < $2`,
          [
            exportId,
            version,
            approved ? 'approved' : 'refused',
            approved ? event.data.approvedBy : event.data.refusedBy,
            event.occurredAt,
            approved ? null : event.data.reason,
          ],
        );
        return;
      }
      case 'IdentityExportDownloaded':
        await tx.query(
          `UPDATE identity_exports SET version = $2, status = 'downloaded' WHERE export_id = $1 AND version < $2`,
          [exportId, version],
        );
        return;
      default:
        return unreachable(event);
    }
  },
});
