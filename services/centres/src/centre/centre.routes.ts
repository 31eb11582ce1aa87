import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { centreAggregate } from './centre.aggregate';

export class CentreIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId!: string;
}

/**
 * Centre use cases: `POST /centres` creates one, `POST /centres/:centreId/<route>` changes one.
 * Sent by admin unless a use case says otherwise.
 */
export const centreRoutes = commandRoutes(centreAggregate, {
  path: 'centres',
  tag: 'centres',
  params: CentreIdParam,
  idOf: (p) => p.centreId,
  roles: ['admin'],
});

/** A controller of centre reads under /centres (versions echoed as ETag). */
export const CentreController = (): ClassDecorator => RecordController('centres', 'centres');
