import { IsOptional, IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { MemberRole } from '../../domain/member.events';
import { actorOf } from '../../member.aggregate';
import { MemberRoles } from '../../../shared/validation';
import { IsCalendarDate, KnownCentre } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class OnboardMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  @KnownCentre()
  centreId!: string;

  @MemberRoles() roles!: MemberRole[];

  @IsCalendarDate() startsOn!: string;

  @IsOptional()
  @IsCalendarDate({ required: false, nullable: true })
  probationEndsOn?: string | null;
}

export const OnboardMemberRoute = memberRoutes.command(':memberId/onboarding', {
  summary: 'Onboard a cleared applicant at a centre, with roles and an optional probation',
  body: OnboardMemberDto,
  command: (dto, _params, ctx) => ({
    type: 'OnboardMember',
    centreId: dto.centreId,
    roles: dto.roles,
    startsOn: dto.startsOn,
    origin: { kind: 'direct', probationEndsOn: dto.probationEndsOn ?? null },
    actor: actorOf(ctx),
  }),
});
