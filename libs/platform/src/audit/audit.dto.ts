import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const STREAM_ID = /^[a-z][a-z-]*-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class StreamIdParam {
  @Matches(STREAM_ID, { message: 'streamId must look like <aggregate>-<uuid>, e.g. member-0b7c…' })
  streamId!: string;
}

class Page {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

export class StreamPageQuery extends Page {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647) // a stream version is a PostgreSQL integer
  fromVersion = 1;
}

export class CorrelationQuery extends Page {
  @IsString()
  @MaxLength(100)
  correlationId!: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset = 0;
}
