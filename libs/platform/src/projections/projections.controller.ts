import { Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Roles } from '@muster/auth';
import { CatchUpProjectionRunner } from '@muster/event-store';
import { ProjectionWorker } from './projection-worker';

class ProjectionNameParam {
  @Matches(/^[a-z][a-z0-9-]{0,62}$/, { message: 'name must be a projection name such as "centre-readiness"' })
  name!: string;
}

/** Operators rebuild a read model from the whole store (after a fix to its projection, say). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/projections')
export class ProjectionsController {
  constructor(
    private readonly worker: ProjectionWorker,
    private readonly runner: CatchUpProjectionRunner,
  ) {}

  @Post(':name/rebuild')
  @HttpCode(200)
  async rebuild(@Param() { name }: ProjectionNameParam): Promise<{ name: string; eventsReplayed: number }> {
    const projection = this.worker.find(name);
    if (!projection)
      throw new NotFoundException({ code: 'PROJECTION_NOT_FOUND', message: `No read model is called "${name}"` });
    return { name, eventsReplayed: await this.runner.rebuild(projection) };
  }
}
