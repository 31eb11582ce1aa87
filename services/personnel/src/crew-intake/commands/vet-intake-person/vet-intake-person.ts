import { VettingDto } from '../../../shared/vetting.dto';
import { crewIntakeRoutes, IntakePersonParam } from '../../crew-intake.routes';

export const VetIntakePersonRoute = crewIntakeRoutes.commandWith(
  ':intakeId/people/:personId/vetting',
  IntakePersonParam,
  {
    summary: 'Record the vetting of one person of the crew',
    body: VettingDto,
    command: (dto, params, ctx) => ({
      type: 'VetIntakePerson',
      personId: params.personId,
      outcome: dto.outcome,
      vettedBy: ctx.user.id,
      vettedOn: dto.vettedOn,
      notes: dto.notes ?? '',
    }),
  },
);
