import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

// Tree sizes and indexes stay below 2^53: JSON numbers everywhere.
const MAX_SIZE = Number.MAX_SAFE_INTEGER;

export class EventIdParam {
  @IsUUID('all', { message: 'eventId must be an event id (a UUID)' })
  eventId!: string;
}

export class InclusionQuery {
  /** The tree the proof is against (default: the latest checkpoint's). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'treeSize must be a whole number' })
  @Min(1)
  @Max(MAX_SIZE)
  treeSize?: number;
}

export class ConsistencyQuery {
  @Type(() => Number)
  @IsInt({ message: 'fromSize must be a whole number' })
  @Min(0)
  @Max(MAX_SIZE)
  fromSize!: number;

  @Type(() => Number)
  @IsInt({ message: 'toSize must be a whole number' })
  @Min(1)
  @Max(MAX_SIZE)
  toSize!: number;
}

export class CheckpointsQuery {
  /** Checkpoints of larger trees than this (default: from the first). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_SIZE)
  afterSize = 0;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;
}
