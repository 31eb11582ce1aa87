import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { RecordController } from '@muster/platform';

export class RecoveryIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'recoveryId must be a UUID' })
  recoveryId!: string;
}

/**
 * A controller of recovery reads under /recoveries. Recoveries have no command routes: personnel's deaths and
 * departures open them, and the items' returns and write-offs (`/items/:itemId/…`) settle them.
 */
export const RecoveryController = (): ClassDecorator => RecordController('recoveries', 'recoveries');
