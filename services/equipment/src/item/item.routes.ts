import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { itemAggregate } from './item.aggregate';

export class ItemIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'itemId must be a UUID' })
  itemId!: string;
}

/**
 * Item use cases: `POST /items` creates one, `POST /items/:itemId/<route>` changes one.
 * Sent by logistics, admin unless a use case says otherwise.
 */
export const itemRoutes = commandRoutes(itemAggregate, {
  path: 'items',
  tag: 'items',
  params: ItemIdParam,
  idOf: (p) => p.itemId,
  roles: ['logistics', 'admin'],
});

/** A controller of item reads under /items (versions echoed as ETag). */
export const ItemController = (): ClassDecorator => RecordController('items', 'items');
