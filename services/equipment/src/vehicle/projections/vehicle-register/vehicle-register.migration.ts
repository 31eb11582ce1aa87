import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vehicle register read model: one row per vehicle, its summary (see VehicleSummary) as JSON, and the columns the
 * lists filter on — centre, destination, lending centre, status — and order service due by.
 */
export class VehicleRegister1767400000100 implements MigrationInterface {
  readonly name = 'VehicleRegister1767400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE vehicle_register (
        vehicle_id            uuid     PRIMARY KEY,
        version               integer  NOT NULL,
        plate                 text     NOT NULL,
        centre_id             uuid     NOT NULL,
        destination_centre_id uuid,
        home_centre_id        uuid,
        status                text     NOT NULL,
        odometer_km           integer,
        next_service_km       integer,
        next_service_on       date,
        summary               jsonb    NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX vehicle_register_centre ON vehicle_register (centre_id, status, plate)`);
    await queryRunner.query(
      `CREATE INDEX vehicle_register_on_the_way ON vehicle_register (destination_centre_id) WHERE destination_centre_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX vehicle_register_lent ON vehicle_register (home_centre_id) WHERE home_centre_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS vehicle_register`);
  }
}
