import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { crewIntakeAggregate } from './crew-intake.aggregate';

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
});

/** A controller of crew-intake reads under /crew-intakes. */
export const CrewIntakeController = (): ClassDecorator => RecordController('crew-intakes', 'crew intakes');
