import { requireIsoDate } from '@muster/event-sourcing';
import { COMPETENCY } from '../../../course/domain/course.commands';
import { AwardCertification } from '../certification.commands';
import { CertificationErrors as E } from '../certification.errors';
import { CertificationAwarded } from '../certification.events';
import { CertificationState } from '../certification.state';

/**
 * AwardCertification: once per stream — the stream is derived from the issuing body and the number, so a number
 * that body already gave lands here and is refused. It expires on or after the day it is issued, or never.
 */
export function awardCertification(command: AwardCertification, state: CertificationState): CertificationAwarded[] {
  if (state.held !== null) throw E.numberTaken();
  const { data } = command;
  const required = (field: 'number' | 'issuingBody' | 'verifiedBy'): string => {
    const value = data[field].trim();
    if (value === '') throw E.detailsRequired(field);
    return value;
  };
  if (!COMPETENCY.test(data.competency)) throw E.invalidCompetency(data.competency);
  requireIsoDate(data.issuedOn, 'issuedOn');
  if (data.expiresOn !== null) {
    requireIsoDate(data.expiresOn, 'expiresOn');
    if (data.expiresOn < data.issuedOn) throw E.expiryNotAfter(data.expiresOn, data.issuedOn);
  }
  return [
    {
      type: 'CertificationAwarded',
      data: {
        ...data,
        number: required('number'),
        issuingBody: required('issuingBody'),
        verifiedBy: required('verifiedBy'),
      },
    },
  ];
}
