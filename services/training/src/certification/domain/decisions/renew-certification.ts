import { requireIsoDate } from '@muster/event-sourcing';
import { RenewCertification } from '../certification.commands';
import { CertificationErrors as E } from '../certification.errors';
import { CertificationRenewed } from '../certification.events';
import { CertificationState } from '../certification.state';
import { dayOf, heldIn } from './guards';

/**
 * RenewCertification (a refresher): valid for longer than it already is — a later expiry, or none. An expired one
 * becomes valid again; a suspended one stays suspended; a revoked one is not renewed.
 */
export function renewCertification(command: RenewCertification, state: CertificationState): CertificationRenewed[] {
  const held = heldIn(state, 'renewed', ['valid', 'suspended', 'expired']);
  const renewedOn = dayOf(held, 'renewedOn', command.renewedOn);
  const { expiresOn } = command;
  if (expiresOn !== null) {
    requireIsoDate(expiresOn, 'expiresOn');
    if (expiresOn < renewedOn) throw E.expiryNotAfter(expiresOn, renewedOn);
  }
  const later = held.expiresOn !== null && (expiresOn === null || expiresOn > held.expiresOn);
  if (!later) throw E.renewalNotLater(expiresOn, held.expiresOn);
  const { certificationId, memberId, competency } = held;
  return [
    {
      type: 'CertificationRenewed',
      data: { certificationId, memberId, competency, renewedOn, expiresOn, sessionId: command.sessionId },
    },
  ];
}
