import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { MAX_REQUIRED_COMPETENCIES } from '../../domain/role-requirements.commands';
import { roleRequirementsRoutes } from '../../role-requirements.routes';

export class SetRoleRequirementsDto {
  @ApiProperty({ example: ['driving', 'defensive-driving'], description: 'every competency the role requires' })
  @IsArray()
  @ArrayMaxSize(MAX_REQUIRED_COMPETENCIES)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  @Matches(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    each: true,
    message: 'each competency is written in lower-case words joined by hyphens, e.g. first-aid',
  })
  competencies!: string[];

  @IsCalendarDate({ description: 'the first day the role requires them' }) effectiveOn!: string;

  @Text(500, { example: 'Drivers are first on scene: first aid too' }) reason!: string;
}

export const SetRoleRequirementsRoute = roleRequirementsRoutes.command(':role', {
  summary: 'Set the competencies a member role requires (all of them), with the reason',
  body: SetRoleRequirementsDto,
  method: 'PUT',
  command: (dto, params) => ({
    type: 'SetRoleRequirements',
    role: params.role,
    competencies: dto.competencies,
    effectiveOn: dto.effectiveOn,
    reason: dto.reason,
  }),
});
