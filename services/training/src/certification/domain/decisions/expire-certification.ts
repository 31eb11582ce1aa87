import { requireIsoDate } from '@muster/event-sourcing';
import { ExpireCertification } from '../certification.commands';
import { CertificationErrors as E } from '../certification.errors';
import { CertificationExpired } from '../certification.events';
import { CertificationState } from '../certification.state';
import { dayAfter } from './guards';

/**
 * ExpireCertification (the sweep): a certification whose last valid day is before `asOf` expires, once. One already
 * expired or revoked records nothing, so a sweep run twice — or two sweeps crossing — expires each once.
 */
export function expireCertification(command: ExpireCertification, state: CertificationState): CertificationExpired[] {
  if (state.held === null) throw E.notFound();
  requireIsoDate(command.asOf, 'asOf');
  const { certificationId, memberId, competency, expiresOn, status } = state.held;
  if (status === 'expired' || status === 'revoked') return [];
  if (expiresOn === null || expiresOn >= command.asOf) throw E.notDue(expiresOn, command.asOf);
  return [
    { type: 'CertificationExpired', data: { certificationId, memberId, competency, expiredOn: dayAfter(expiresOn) } },
  ];
}
