import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `base-transfer-list` read model: each base transfer's decider state as its stream folds it, with the columns the
 * list filters and orders on. A catch-up projection keeps it, so transfers planned before it existed are read in too.
 */
export class BaseTransferList1767400000300 implements MigrationInterface {
  readonly name = 'BaseTransferList1767400000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE base_transfers (
        transfer_id    uuid    PRIMARY KEY,
        version        integer NOT NULL,
        status         text    NOT NULL,
        from_centre_id uuid,
        to_centre_id   uuid,
        planned_on     date,
        state          jsonb   NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX base_transfers_from ON base_transfers (from_centre_id, planned_on)`);
    await queryRunner.query(`CREATE INDEX base_transfers_to ON base_transfers (to_centre_id, planned_on)`);
    await queryRunner.query(`CREATE INDEX base_transfers_status ON base_transfers (status, planned_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE base_transfers`);
  }
}
