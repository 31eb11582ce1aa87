import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The item register read model: one row per item (what it is, its donor, its centre, how many in stock, its state),
 * and who holds how many of it (`item_holdings`, by holder: what a member holds is one indexed read).
 */
export class ItemRegister1767400000400 implements MigrationInterface {
  readonly name = 'ItemRegister1767400000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE item_register (
        item_id              uuid    PRIMARY KEY,
        version              integer NOT NULL,
        item_type            text    NOT NULL,
        description          text    NOT NULL,
        serial_number        text,
        unit                 text,
        donor_id             uuid,
        centre_id            uuid    NOT NULL,
        acquired_on          date    NOT NULL,
        tank_capacity_litres integer,
        quantity             integer NOT NULL,
        in_stock             integer NOT NULL,
        damaged              boolean NOT NULL,
        written_off          text
      )`);
    await queryRunner.query(`CREATE INDEX item_register_centre ON item_register (centre_id, item_type, item_id)`);
    await queryRunner.query(`
      CREATE TABLE item_holdings (
        item_id     uuid    NOT NULL,
        holder_kind text    NOT NULL,
        holder_id   uuid    NOT NULL,
        centre_id   uuid    NOT NULL,
        quantity    integer NOT NULL,
        PRIMARY KEY (item_id, holder_kind, holder_id)
      )`);
    await queryRunner.query(`CREATE INDEX item_holdings_holder ON item_holdings (holder_kind, holder_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS item_holdings, item_register`);
  }
}
