/**
 * Integration events the centres service publishes on `muster.centres.events` (see docs/events.md).
 * Type strings are permanent; a changed payload gets a new schemaVersion.
 */

/** A whole centre moved base (e.g. into a former fire station), taking the listed members with it. */
export const CENTRE_BASE_TRANSFER_COMPLETED = 'CentreBaseTransferCompleted';

export interface CentreBaseTransferCompletedData {
  readonly transferId: string;
  readonly fromCentreId: string;
  readonly toCentreId: string;
  /** Members of the personnel service who moved with the base. */
  readonly memberIds: readonly string[];
  /** YYYY-MM-DD. */
  readonly effectiveOn: string;
}

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 200;

/** True when `data` has the shape of CentreBaseTransferCompleted's data (consumers check before acting). */
export function isCentreBaseTransferCompletedData(data: unknown): data is CentreBaseTransferCompletedData {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    isText(d['transferId']) &&
    isText(d['fromCentreId']) &&
    isText(d['toCentreId']) &&
    Array.isArray(d['memberIds']) &&
    d['memberIds'].length <= 10_000 &&
    d['memberIds'].every(isText) &&
    typeof d['effectiveOn'] === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(d['effectiveOn'])
  );
}
