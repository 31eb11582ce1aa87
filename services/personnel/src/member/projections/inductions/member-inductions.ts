import { Global, Injectable, Module } from '@nestjs/common';
import { EventEnvelope, InductionCompleted } from '@muster/contracts';
import { IsoDate } from '@muster/event-sourcing';
import { autocommit, SqlTransaction } from '@muster/event-store';
import { EventHandler } from '@muster/messaging';
import { IntegrationEventHandlers } from '@muster/platform';
import { DataSource } from 'typeorm';

/** Training's reports of completed inductions, followed into `member_inductions` (in the consumer's inbox tx). */
@Injectable()
export class MemberInductions implements IntegrationEventHandlers {
  private readonly sql: SqlTransaction;

  constructor(dataSource: DataSource) {
    this.sql = autocommit(dataSource);
  }

  handlers(): Readonly<Record<string, EventHandler>> {
    return { [InductionCompleted.type]: (envelope, tx) => this.inductionCompleted(envelope, tx) };
  }

  /** The day training reported the member's induction done; null while it has not. */
  async completedOn(memberId: string): Promise<IsoDate | null> {
    const [row] = await this.sql.query<{ completed_on: string }>(
      `SELECT completed_on FROM member_inductions WHERE member_id = $1`,
      [memberId],
    );
    return row?.completed_on ?? null;
  }

  private async inductionCompleted(envelope: EventEnvelope, tx: SqlTransaction): Promise<void> {
    const induction = InductionCompleted.parse(envelope.data);
    // Dead-lettered by the consumer (after its retries): a report we cannot read must not pass silently.
    if (!induction) throw new Error(`InductionCompleted ${envelope.id}: ${InductionCompleted.problems(envelope.data)}`);
    // The first report stands: a redelivered or repeated one changes nothing.
    await tx.query(
      `INSERT INTO member_inductions (member_id, completed_on, event_id) VALUES ($1, $2, $3)
       ON CONFLICT (member_id) DO NOTHING`,
      [induction.memberId, induction.completedOn, envelope.id],
    );
  }
}

/** Global so that the platform's event consumer (declared in PlatformModule) can resolve the handlers. */
@Global()
@Module({ providers: [MemberInductions], exports: [MemberInductions] })
export class MemberInductionsModule {}
