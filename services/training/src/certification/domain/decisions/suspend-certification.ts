import { SuspendCertification } from '../certification.commands';
import { CertificationSuspended } from '../certification.events';
import { CertificationState } from '../certification.state';
import { dayOf, heldIn, reasonOf } from './guards';

/** SuspendCertification: a valid certification stops counting, with the day and why, until it is reinstated. */
export function suspendCertification(
  command: SuspendCertification,
  state: CertificationState,
): CertificationSuspended[] {
  const held = heldIn(state, 'suspended', ['valid']);
  const { certificationId, memberId, competency } = held;
  return [
    {
      type: 'CertificationSuspended',
      data: {
        certificationId,
        memberId,
        competency,
        suspendedOn: dayOf(held, 'suspendedOn', command.suspendedOn),
        reason: reasonOf(command.reason),
      },
    },
  ];
}
