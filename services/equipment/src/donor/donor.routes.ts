import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { donorAggregate } from './donor.aggregate';

export class DonorIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'donorId must be a UUID' })
  donorId!: string;
}

/**
 * Donor use cases: `POST /donors` creates one, `POST /donors/:donorId/<route>` changes one.
 * Sent by logistics, admin unless a use case says otherwise.
 */
export const donorRoutes = commandRoutes(donorAggregate, {
  path: 'donors',
  tag: 'donors',
  params: DonorIdParam,
  idOf: (p) => p.donorId,
  roles: ['logistics', 'admin'],
});

/** A controller of donor reads under /donors (versions echoed as ETag). */
export const DonorController = (): ClassDecorator => RecordController('donors', 'donors');
