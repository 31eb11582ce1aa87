import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { autocommit, SqlTransaction } from '@muster/event-store';

/**
 * Members as centres knows them from personnel's topic (the readiness log): active means onboarded and neither
 * departed nor killed by the latest facts received — a member's periods end only then.
 */
@Injectable()
export class ActiveMembers {
  private readonly sql: SqlTransaction;

  constructor(dataSource: DataSource) {
    this.sql = autocommit(dataSource);
  }

  async isActive(memberId: string): Promise<boolean> {
    const rows = await this.sql.query(
      `SELECT 1 FROM readiness_periods WHERE kind = 'member' AND subject_id = $1 AND valid_to IS NULL LIMIT 1`,
      [memberId],
    );
    return rows.length > 0;
  }
}
