import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { baseTransferAggregate } from './base-transfer.aggregate';

export class BaseTransferIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'baseTransferId must be a UUID' })
  baseTransferId!: string;
}

/**
 * BaseTransfer use cases: `POST /base-transfers` creates one, `POST /base-transfers/:baseTransferId/<route>` changes one.
 * Sent by logistics, admin unless a use case says otherwise.
 */
export const baseTransferRoutes = commandRoutes(baseTransferAggregate, {
  path: 'base-transfers',
  tag: 'base transfers',
  params: BaseTransferIdParam,
  idOf: (p) => p.baseTransferId,
  roles: ['logistics', 'admin'],
});

/** A controller of base transfer reads under /base-transfers (versions echoed as ETag). */
export const BaseTransferController = (): ClassDecorator => RecordController('base-transfers', 'base transfers');
