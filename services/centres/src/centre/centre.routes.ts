import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { AuthenticatedUser, inCentreScope } from '@muster/auth';
import { CommandRoutes, commandRoutes, RecordController, UseCaseRoute } from '@muster/platform';
import { centreAggregate } from './centre.aggregate';
import { CentreCommand } from './domain/centre.commands';
import { CentreErrors } from './domain/centre.errors';

export class CentreIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId!: string;
}

/** `/centres/:centreId/hazards/:hazardId/…`: a hazard of a centre. */
export class HazardParam extends CentreIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'hazardId must be a UUID' })
  hazardId!: string;
}

/** A commander acts for the centres in their token only: any other centre answers as an unknown one would (404). */
export function requireCentreInScope(user: AuthenticatedUser, centreId: string): void {
  if (!inCentreScope(user.scope, centreId)) throw CentreErrors.notFound();
}

function scoped<D, Q extends CentreIdParam>(
  useCase: UseCaseRoute<D, CentreCommand, Q>,
): UseCaseRoute<D, CentreCommand, Q> {
  return {
    ...useCase,
    command: (dto, params, ctx, tools) => {
      requireCentreInScope(ctx.user, params.centreId);
      return useCase.command(dto, params, ctx, tools);
    },
  };
}

const routes = commandRoutes(centreAggregate, {
  path: 'centres',
  tag: 'centres',
  params: CentreIdParam,
  idOf: (p) => p.centreId,
  roles: ['admin'],
});

/**
 * Centre use cases: `POST /centres` creates one, `POST /centres/:centreId/<route>` changes one. Sent by admin unless
 * a use case says otherwise; a commander it admits acts for their own centres only.
 */
export const centreRoutes: CommandRoutes<CentreCommand, CentreIdParam> = {
  create: routes.create,
  command: (route, useCase) => routes.command(route, scoped(useCase)),
  commandWith: (route, params, useCase) => routes.commandWith(route, params, scoped(useCase)),
};

/** A controller of centre reads under /centres (versions echoed as ETag). */
export const CentreController = (): ClassDecorator => RecordController('centres', 'centres');
