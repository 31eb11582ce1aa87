import { Decider, unreachable } from '@muster/event-sourcing';
import { CertificationCommand } from './certification.commands';
import { CertificationEvent } from './certification.events';
import { CertificationState, initialCertificationState } from './certification.state';
import { awardCertification } from './decisions/award-certification';
import { expireCertification } from './decisions/expire-certification';
import { reinstateCertification } from './decisions/reinstate-certification';
import { renewCertification } from './decisions/renew-certification';
import { revokeCertification } from './decisions/revoke-certification';
import { suspendCertification } from './decisions/suspend-certification';

type Held = NonNullable<CertificationState['held']>;
const withHeld = (state: CertificationState, change: (held: Held) => Held): CertificationState =>
  state.held === null ? state : { held: change(state.held) };

/** One case per event type: a type without its case fails to compile. */
function evolve(state: CertificationState, event: CertificationEvent): CertificationState {
  switch (event.type) {
    case 'CertificationAwarded': {
      const { certificationId, memberId, competency, issuedOn, expiresOn } = event.data;
      return { held: { certificationId, memberId, competency, issuedOn, expiresOn, status: 'valid' } };
    }
    case 'CertificationRenewed':
      return withHeld(state, (held) => ({
        ...held,
        expiresOn: event.data.expiresOn,
        status: held.status === 'expired' ? 'valid' : held.status,
      }));
    case 'CertificationSuspended':
      return withHeld(state, (held) => ({ ...held, status: 'suspended' }));
    case 'CertificationReinstated':
      return withHeld(state, (held) => ({ ...held, status: 'valid' }));
    case 'CertificationRevoked':
      return withHeld(state, (held) => ({ ...held, status: 'revoked' }));
    case 'CertificationExpired':
      return withHeld(state, (held) => ({ ...held, status: 'expired' }));
    default:
      return unreachable(event);
  }
}

/** Only dispatches: each command's rule is its own function in decisions/, in a file named after the use case. */
function decide(command: CertificationCommand, state: CertificationState): CertificationEvent[] {
  switch (command.type) {
    case 'AwardCertification':
      return awardCertification(command, state);
    case 'RenewCertification':
      return renewCertification(command, state);
    case 'SuspendCertification':
      return suspendCertification(command, state);
    case 'ReinstateCertification':
      return reinstateCertification(command, state);
    case 'RevokeCertification':
      return revokeCertification(command, state);
    case 'ExpireCertification':
      return expireCertification(command, state);
    default:
      return unreachable(command);
  }
}

export const certificationDecider: Decider<CertificationCommand, CertificationState, CertificationEvent> = {
  initialState: initialCertificationState,
  evolve,
  decide,
};
