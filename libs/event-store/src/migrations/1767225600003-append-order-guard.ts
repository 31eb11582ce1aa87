import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPEND_FUNCTION } from './1767225600001-append-function';
import { APPEND_MANY_FUNCTION } from './1767225600002-append-many-function';

/**
 * Stores made before the order guard get it: the single append refuses to break per-stream order (MU428), and the
 * multi-stream append takes every stream's lock before its first insert.
 */
export class EventStoreAppendOrderGuard1767225600003 implements MigrationInterface {
  readonly name = 'EventStoreAppendOrderGuard1767225600003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(APPEND_FUNCTION);
    await queryRunner.query(APPEND_MANY_FUNCTION);
  }

  // The guard only refuses what would break order; the functions as they are stay after a revert.
  async down(): Promise<void> {
    return undefined;
  }
}
