import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { crewIntakeAggregate } from './crew-intake.aggregate';
import { IdentityVault } from '../vault/identity-vault';
import { PersonalText } from '../identity';
import { CrewIntakeErrors } from './domain/crew-intake.errors';
import { intakeMemberId } from './domain/intake-member-id';

export class IntakeIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'intakeId must be a UUID' })
  intakeId!: string;
}

export class IntakePersonParam extends IntakeIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId!: string;
}

/** Crew-intake use cases: `POST /crew-intakes/:intakeId/<route>`, for HR and admins. */
export const crewIntakeRoutes = commandRoutes(crewIntakeAggregate, {
  path: 'crew-intakes',
  tag: 'crew intakes',
  params: IntakeIdParam,
  idOf: (p) => p.intakeId,
  roles: ['hr', 'admin'],
  tools: IdentityVault,
});

/** A controller of crew-intake reads under /crew-intakes. */
export const CrewIntakeController = (): ClassDecorator => RecordController('crew-intakes', 'crew intakes');

/** Free text about a person of the intake, sealed with the key they keep as a member (INTAKE_PERSON_NOT_FOUND: none). */
export function sealForPerson(
  vault: IdentityVault,
  { intakeId, personId }: IntakePersonParam,
  text: string,
): Promise<PersonalText> {
  return vault.sealText(intakeMemberId(intakeId, personId), text, () => CrewIntakeErrors.personNotFound(personId));
}
