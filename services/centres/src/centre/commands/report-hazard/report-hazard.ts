import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  CommandContext,
  CommandCtx,
  CommandResult,
  CommandRoute,
  IsCalendarDate,
  newRecordId,
  Text,
} from '@muster/platform';
import { centreAggregate } from '../../centre.aggregate';
import { CentreController, CentreIdParam, requireCentreInScope } from '../../centre.routes';
import { HAZARD_KINDS, HAZARD_SEVERITIES, HazardKind, HazardSeverity } from '../../domain/centre.events';

export class ReportHazardDto {
  @ApiProperty({ enum: HAZARD_KINDS })
  @IsIn(HAZARD_KINDS, { message: `kind must be one of: ${HAZARD_KINDS.join(', ')}` })
  kind!: HazardKind;

  @Text(300, { example: 'Basement, north stairwell' }) location!: string;

  @ApiProperty({ enum: HAZARD_SEVERITIES, description: 'severe: keep everyone away until cleared' })
  @IsIn(HAZARD_SEVERITIES, { message: `severity must be one of: ${HAZARD_SEVERITIES.join(', ')}` })
  severity!: HazardSeverity;

  @Text(2000, { required: false, example: 'Home-made explosives in jerrycans, wired' }) description = '';

  @IsCalendarDate() reportedOn!: string;
}

export class ReportHazardResult extends CommandResult {
  @ApiProperty({ format: 'uuid', description: 'The hazard’s id: cordon and clear it under it' })
  readonly hazardId!: string;
}

/** The hazard gets an id of its own (from the Idempotency-Key when there is one), answered beside the version. */
@CentreController()
export class ReportHazardController {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute(':centreId/hazards', {
    summary: 'Report a hazard found on site (ordnance, explosives, structural, chemical): where, how severe',
    roles: ['commander', 'admin'],
    creates: true,
    response: ReportHazardResult,
  })
  async report(
    @Param() { centreId }: CentreIdParam,
    @Body() dto: ReportHazardDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<ReportHazardResult> {
    requireCentreInScope(ctx.user, centreId);
    const hazardId = newRecordId(`hazard:${centreId}`, ctx);
    const result = await this.bus.execute(
      centreAggregate.command(
        centreId,
        {
          type: 'ReportHazard',
          hazardId,
          kind: dto.kind,
          location: dto.location,
          severity: dto.severity,
          description: dto.description,
          reportedOn: dto.reportedOn,
          reportedBy: ctx.user.id,
        },
        ctx,
      ),
    );
    return { ...result, hazardId };
  }
}
