import { RevokeCertification } from '../certification.commands';
import { CertificationRevoked } from '../certification.events';
import { CertificationState } from '../certification.state';
import { dayOf, heldIn, reasonOf } from './guards';

/** RevokeCertification: for good, with the day and why — whatever its status, once. */
export function revokeCertification(command: RevokeCertification, state: CertificationState): CertificationRevoked[] {
  const held = heldIn(state, 'revoked', ['valid', 'suspended', 'expired']);
  const { certificationId, memberId, competency } = held;
  return [
    {
      type: 'CertificationRevoked',
      data: {
        certificationId,
        memberId,
        competency,
        revokedOn: dayOf(held, 'revokedOn', command.revokedOn),
        reason: reasonOf(command.reason),
      },
    },
  ];
}
