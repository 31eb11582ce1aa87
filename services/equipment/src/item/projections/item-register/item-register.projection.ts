import { RecordedOf } from '@muster/event-sourcing';
import { inlineProjection, SqlTransaction } from '@muster/event-store';
import { itemCatalogue } from '../../domain/item.catalogue';
import { Holder, ItemEvent } from '../../domain/item.events';

/**
 * Keeps `item_register` and `item_holdings` in the append transaction, so that a recovery opened right after an
 * issue lists it. Idempotent: an event at or below the row's version changes nothing.
 */
export const itemRegisterProjection = inlineProjection({
  name: 'item-register',
  catalogue: itemCatalogue,
  async apply(event, tx) {
    const itemId = itemCatalogue.idOf(event.streamId);
    const [row] = await tx.query<{ version: number }>(
      `SELECT version FROM item_register WHERE item_id = $1 FOR UPDATE`,
      [itemId],
    );
    if (row && row.version >= event.streamVersion) return;
    await applyEvent(event, itemId, tx);
    await tx.query(`UPDATE item_register SET version = $2 WHERE item_id = $1`, [itemId, event.streamVersion]);
  },
});

async function applyEvent(event: RecordedOf<ItemEvent>, itemId: string, tx: SqlTransaction): Promise<void> {
  switch (event.type) {
    case 'ItemRegistered': {
      const d = event.data;
      await tx.query(
        `INSERT INTO item_register (item_id, version, item_type, description, serial_number, unit, donor_id, centre_id,
           acquired_on, tank_capacity_litres, quantity, in_stock, damaged, written_off)
         VALUES ($1, 0, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, false, NULL)`,
        [
          itemId,
          d.itemType,
          d.description,
          d.serialNumber,
          d.unit,
          d.donorId,
          d.centreId,
          d.acquiredOn,
          d.tankCapacityLitres,
          d.quantity,
        ],
      );
      return;
    }
    case 'ItemIssued': {
      const { holder, quantity, centreId } = event.data;
      await tx.query(`UPDATE item_register SET in_stock = in_stock - $2 WHERE item_id = $1`, [itemId, quantity]);
      await tx.query(
        `INSERT INTO item_holdings (item_id, holder_kind, holder_id, centre_id, quantity) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (item_id, holder_kind, holder_id) DO UPDATE SET quantity = item_holdings.quantity + $5`,
        [itemId, holder.kind, holder.id, centreId, quantity],
      );
      return;
    }
    case 'ItemReturned': {
      const { holder, quantity, condition } = event.data;
      await tx.query(`UPDATE item_register SET in_stock = in_stock + $2, damaged = damaged OR $3 WHERE item_id = $1`, [
        itemId,
        quantity,
        condition === 'damaged',
      ]);
      await takeFrom(tx, itemId, holder, quantity);
      return;
    }
    case 'ItemDamaged':
      await tx.query(`UPDATE item_register SET damaged = true WHERE item_id = $1`, [itemId]);
      return;
    case 'ItemWrittenOff': {
      const { holder, quantity, reason } = event.data;
      if (holder === null) {
        await tx.query(`UPDATE item_register SET in_stock = in_stock - $2 WHERE item_id = $1`, [itemId, quantity]);
      } else {
        await takeFrom(tx, itemId, holder, quantity);
      }
      await tx.query(`UPDATE item_register SET quantity = quantity - $2 WHERE item_id = $1`, [itemId, quantity]);
      await tx.query(`UPDATE item_register SET written_off = $2 WHERE item_id = $1 AND quantity = 0`, [itemId, reason]);
      return;
    }
  }
}

async function takeFrom(tx: SqlTransaction, itemId: string, holder: Holder, quantity: number): Promise<void> {
  await tx.query(
    `UPDATE item_holdings SET quantity = quantity - $4 WHERE item_id = $1 AND holder_kind = $2 AND holder_id = $3`,
    [itemId, holder.kind, holder.id, quantity],
  );
  await tx.query(`DELETE FROM item_holdings WHERE item_id = $1 AND quantity <= 0`, [itemId]);
}
