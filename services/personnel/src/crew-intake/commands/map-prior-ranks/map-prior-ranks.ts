import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { MemberRole } from '../../../member/domain/member.events';
import { MemberRoles } from '../../../shared/validation';
import { Text } from '@muster/platform';
import { crewIntakeRoutes, IntakePersonParam, sealForPerson } from '../../crew-intake.routes';

export class RankOverrideDto {
  @MemberRoles() roles!: MemberRole[];
  @Text(500) reason!: string;
}

export class MapPriorRanksDto {
  @ApiPropertyOptional({ type: RankOverrideDto, nullable: true, description: 'Omit to use the default rank table' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RankOverrideDto)
  override?: RankOverrideDto | null;
}

export const MapPriorRanksRoute = crewIntakeRoutes.commandWith(
  ':intakeId/people/:personId/rank-mapping',
  IntakePersonParam,
  {
    summary: 'Map a person’s prior ranks to Muster roles (default table or an override with a reason)',
    body: MapPriorRanksDto,
    command: async (dto, params, _ctx, vault) => ({
      type: 'MapPriorRanks',
      personId: params.personId,
      override: dto.override
        ? { roles: dto.override.roles, reason: await sealForPerson(vault, params, dto.override.reason) }
        : null,
    }),
  },
);
