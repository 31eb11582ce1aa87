import { VettingDto } from '../../../shared/vetting.dto';
import { crewIntakeRoutes, IntakePersonParam, sealForPerson } from '../../crew-intake.routes';

export const VetIntakePersonRoute = crewIntakeRoutes.commandWith(
  ':intakeId/people/:personId/vetting',
  IntakePersonParam,
  {
    summary: 'Record the vetting of one person of the crew',
    body: VettingDto,
    command: async (dto, params, ctx, vault) => ({
      type: 'VetIntakePerson',
      personId: params.personId,
      outcome: dto.outcome,
      vettedBy: ctx.user.id,
      vettedOn: dto.vettedOn,
      notes: await sealForPerson(vault, params, dto.notes ?? ''),
    }),
  },
);
