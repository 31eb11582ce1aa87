import { ApiProperty } from '@nestjs/swagger';
import { inlineProjection } from '@muster/event-store';
import { recoveryCatalogue } from '../../domain/recovery.catalogue';

/** A line of a recovery as listed: what the member held, and how much of it is accounted for, how. */
export class RecoveryLine {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: 'integer', description: 'how many the member held' }) quantity!: number;
  @ApiProperty({ type: 'integer' }) outstanding!: number;
  @ApiProperty({ type: 'integer' }) returned!: number;
  @ApiProperty({ type: 'integer' }) writtenOff!: number;
}

/** Keeps `recoveries` in the append transaction. Idempotent: an event at or below the row's version changes nothing. */
export const recoveriesProjection = inlineProjection({
  name: 'recoveries',
  catalogue: recoveryCatalogue,
  async apply(event, tx) {
    const recoveryId = recoveryCatalogue.idOf(event.streamId);
    if (event.type === 'RecoveryOpened') {
      const { memberId, cause, centreId, occurredOn, items } = event.data;
      const lines: RecoveryLine[] = items.map((i) => ({ ...i, outstanding: i.quantity, returned: 0, writtenOff: 0 }));
      const centres = [...new Set([...(centreId ? [centreId] : []), ...items.map((i) => i.centreId)])];
      await tx.query(
        `INSERT INTO recoveries (recovery_id, version, member_id, cause, centre_id, centre_ids, occurred_on, opened_at,
           completed_at, items)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (recovery_id) DO NOTHING`,
        [
          recoveryId,
          event.streamVersion,
          memberId,
          cause,
          centreId,
          centres,
          occurredOn,
          event.recordedAt,
          items.length === 0 ? event.recordedAt : null,
          JSON.stringify(lines),
        ],
      );
      return;
    }
    const [row] = await tx.query<{ version: number; items: RecoveryLine[] }>(
      `SELECT version, items FROM recoveries WHERE recovery_id = $1 FOR UPDATE`,
      [recoveryId],
    );
    if (!row || row.version >= event.streamVersion) return;
    const { itemId, quantity, outcome, recoveryComplete } = event.data;
    const lines = row.items.map((line) =>
      line.itemId !== itemId
        ? line
        : {
            ...line,
            outstanding: line.outstanding - quantity,
            returned: line.returned + (outcome === 'returned' ? quantity : 0),
            writtenOff: line.writtenOff + (outcome === 'written-off' ? quantity : 0),
          },
    );
    await tx.query(`UPDATE recoveries SET version = $2, items = $3, completed_at = $4 WHERE recovery_id = $1`, [
      recoveryId,
      event.streamVersion,
      JSON.stringify(lines),
      recoveryComplete ? event.recordedAt : null,
    ]);
  },
});
