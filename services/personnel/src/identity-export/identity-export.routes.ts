import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { identityExportAggregate } from './identity-export.aggregate';

export class ExportIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'exportId must be a UUID' })
  exportId!: string;
}

/** Identity exports that need a second person: `POST /identity-exports/:exportId/<route>`, for hr and admins. */
export const identityExportRoutes = commandRoutes(identityExportAggregate, {
  path: 'identity-exports',
  tag: 'identity exports',
  params: ExportIdParam,
  idOf: (p) => p.exportId,
  roles: ['hr', 'admin'],
});

/** A controller of identity-export reads under /identity-exports. */
export const IdentityExportController = (): ClassDecorator => RecordController('identity-exports', 'identity exports');
