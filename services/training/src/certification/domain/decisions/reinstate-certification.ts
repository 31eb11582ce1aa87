import { ReinstateCertification } from '../certification.commands';
import { CertificationReinstated } from '../certification.events';
import { CertificationState } from '../certification.state';
import { dayOf, heldIn } from './guards';

/** ReinstateCertification: a suspended certification counts again (until its expiry, which the sweep still sees). */
export function reinstateCertification(
  command: ReinstateCertification,
  state: CertificationState,
): CertificationReinstated[] {
  const held = heldIn(state, 'reinstated', ['suspended']);
  const { certificationId, memberId, competency } = held;
  const reinstatedOn = dayOf(held, 'reinstatedOn', command.reinstatedOn);
  return [{ type: 'CertificationReinstated', data: { certificationId, memberId, competency, reinstatedOn } }];
}
