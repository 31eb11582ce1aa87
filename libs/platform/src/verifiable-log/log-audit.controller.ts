import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  Query,
  Res,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { autocommit, SqlTransaction, START } from '@muster/event-store';
import { PublicKeyEntry } from '@muster/log-proofs';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CheckpointsQuery, ConsistencyQuery, EventIdParam, InclusionQuery } from './log-audit.dto';
import { LogCheckpoint, LogCheckpoints, LogConsistency, LogInclusion, LogKeys } from './log-audit.responses';
import { readLogEntries } from './log-entries';
import { checkpointOf } from './log-signer';
import { consistencyProof, inclusionProof, leafIndexOf } from './log-tree';

/** What the audit endpoints need of the service's log: its name and the public half of its signing key. */
export class LogIdentity {
  constructor(
    readonly log: string,
    readonly publicKey: PublicKeyEntry,
  ) {}
}

const EXPORT_PAGE = 2000;

/**
 * The verifiable log for auditors (docs/audit.md): the public key, the signed checkpoints, an inclusion proof for
 * any event, a consistency proof between two tree sizes, and the whole log as the database holds it now — each
 * checkable without trusting this service. Read-only.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Controller('audit/log')
export class LogAuditController {
  private readonly sql: SqlTransaction;

  constructor(
    dataSource: DataSource,
    @Inject(LogIdentity) private readonly identity: LogIdentity,
  ) {
    this.sql = autocommit(dataSource);
  }

  @Get('keys')
  @ApiOkResponse({ type: LogKeys, description: 'The public key that signs this log' })
  keys(): LogKeys {
    return { keys: [this.identity.publicKey] };
  }

  @Get('checkpoints')
  @ApiOkResponse({
    type: LogCheckpoints,
    description: 'Signed tree heads, oldest first, each with its consistency proof from the one before',
  })
  async checkpoints(@Query() query: CheckpointsQuery): Promise<LogCheckpoints> {
    const rows = await this.sql.query<Parameters<typeof checkpointOf>[1]>(
      `SELECT size::text, root, time, key_id, signature, consistency FROM log_checkpoints
        WHERE size > $1 ORDER BY log_checkpoints.size LIMIT $2`,
      [query.afterSize, query.limit],
    );
    return { log: this.identity.log, checkpoints: rows.map((row) => checkpointOf(this.identity.log, row)) };
  }

  @Get('checkpoints/latest')
  @ApiOkResponse({ type: LogCheckpoint, description: 'The newest signed tree head' })
  async latest(): Promise<LogCheckpoint> {
    const [row] = await this.sql.query<Parameters<typeof checkpointOf>[1]>(
      `SELECT size::text, root, time, key_id, signature, consistency FROM log_checkpoints ORDER BY log_checkpoints.size DESC LIMIT 1`,
    );
    if (!row) throw new NotFoundException({ code: 'NO_CHECKPOINT', message: 'The log has no signed checkpoint yet' });
    return checkpointOf(this.identity.log, row);
  }

  @Get('events/:eventId/inclusion')
  @ApiOkResponse({
    type: LogInclusion,
    description: "The event's log index and its inclusion proof in the tree of the given size",
  })
  async inclusion(@Param() { eventId }: EventIdParam, @Query() query: InclusionQuery): Promise<LogInclusion> {
    const current = await this.treeSize();
    const logIndex = await leafIndexOf(this.sql, eventId, current);
    if (logIndex === undefined) {
      throw new NotFoundException({
        code: 'EVENT_NOT_IN_LOG',
        message: 'No event with this id is in the log yet (a new event joins it within seconds)',
      });
    }
    const treeSize = query.treeSize ?? (await this.latestSize());
    if (treeSize === undefined || logIndex >= treeSize) {
      throw new UnprocessableEntityException({
        code: 'EVENT_AFTER_TREE',
        message: `The event is at log index ${logIndex}: ask for a tree larger than that (or wait for a checkpoint)`,
      });
    }
    this.ensureTreeHas(treeSize, current);
    return {
      log: this.identity.log,
      eventId,
      logIndex,
      treeSize,
      proof: await inclusionProof(this.sql, logIndex, treeSize),
    };
  }

  @Get('consistency')
  @ApiOkResponse({ type: LogConsistency, description: 'The consistency proof between the trees of two sizes' })
  async consistency(@Query() { fromSize, toSize }: ConsistencyQuery): Promise<LogConsistency> {
    if (fromSize > toSize) {
      throw new UnprocessableEntityException({
        code: 'SIZES_REVERSED',
        message: `fromSize (${fromSize}) must not be larger than toSize (${toSize})`,
      });
    }
    this.ensureTreeHas(toSize, await this.treeSize());
    return { log: this.identity.log, fromSize, toSize, proof: await consistencyProof(this.sql, fromSize, toSize) };
  }

  /**
   * Every event as the database holds it now, in commit order, one log entry per line (NDJSON, the format of the log
   * topic): what `npm run verify-log` checks against the checkpoints. Streamed page by page.
   */
  @Get('export')
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'The whole log, one JSON entry per line', schema: { type: 'string' } })
  async export(@Res() res: Response): Promise<void> {
    res.status(200).type('application/x-ndjson');
    let after = START;
    let index = 0;
    for (;;) {
      const rows = await readLogEntries(this.sql, this.identity.log, after, index, EXPORT_PAGE);
      if (rows.length > 0) {
        const flushed = res.write(rows.map((row) => `${row.entry}\n`).join(''));
        if (!flushed) await new Promise((resolve) => res.once('drain', resolve));
      }
      const last = rows.at(-1);
      if (!last || rows.length < EXPORT_PAGE) break;
      after = { transactionId: last.transaction_id, globalPosition: last.global_position };
      index += rows.length;
    }
    res.end();
  }

  private async latestSize(): Promise<number | undefined> {
    const [row] = await this.sql.query<{ size: string }>(`SELECT max(size)::text AS size FROM log_checkpoints`);
    return row?.size == null ? undefined : Number(row.size);
  }

  /** How many events the signer has hashed into the tree so far. */
  private async treeSize(): Promise<number> {
    const [state] = await this.sql.query<{ size: string }>(`SELECT size::text FROM log_signer`);
    return Number(state?.size ?? 0);
  }

  private ensureTreeHas(size: number, current: number): void {
    if (size > current) {
      throw new UnprocessableEntityException({
        code: 'TREE_TOO_SMALL',
        message: `The log's tree has ${current} events so far; ask for a size up to that`,
      });
    }
  }
}
