import { CertificationEvent } from '../../../certification/domain/certification.events';
import { certificationPeriods } from './certification-periods';

const ids = { certificationId: 'cert-1', memberId: 'member-1', competency: 'driving' };
const awarded: CertificationEvent = {
  type: 'CertificationAwarded',
  data: {
    ...ids,
    courseId: 'course-1',
    number: 'DRV-0001',
    issuingBody: 'Muster training',
    issuedOn: '2025-01-10',
    expiresOn: '2025-12-31',
    verifiedBy: 'training-1',
    basis: { kind: 'session', sessionId: 'session-1' },
  },
};
const periods = (...events: CertificationEvent[]) =>
  certificationPeriods(events).map(({ status, from, until }) => [status, from, until]);

describe('a certification’s status day by day', () => {
  it('is valid from its issue to its last valid day, expired after (with or without the sweep’s event)', () => {
    const expected = [
      ['valid', '2025-01-10', '2026-01-01'],
      ['expired', '2026-01-01', null],
    ];
    expect(periods(awarded)).toEqual(expected);
    expect(periods(awarded, { type: 'CertificationExpired', data: { ...ids, expiredOn: '2026-01-01' } })).toEqual(
      expected,
    );
    expect(periods({ ...awarded, data: { ...awarded.data, expiresOn: null } })).toEqual([
      ['valid', '2025-01-10', null],
    ]);
  });

  it('is extended by a renewal, also after it expired', () => {
    const renewed = (renewedOn: string): CertificationEvent => ({
      type: 'CertificationRenewed',
      data: { ...ids, renewedOn, expiresOn: '2027-12-31', sessionId: null },
    });
    // A new last valid day starts a new period: the expiring list reads it from there.
    expect(certificationPeriods([awarded, renewed('2025-12-01')])).toEqual([
      { status: 'valid', from: '2025-01-10', until: '2025-12-01', expiresOn: '2025-12-31' },
      { status: 'valid', from: '2025-12-01', until: '2028-01-01', expiresOn: '2027-12-31' },
      { status: 'expired', from: '2028-01-01', until: null, expiresOn: '2027-12-31' },
    ]);
    expect(periods(awarded, renewed('2026-02-01'))).toEqual([
      ['valid', '2025-01-10', '2026-01-01'],
      ['expired', '2026-01-01', '2026-02-01'],
      ['valid', '2026-02-01', '2028-01-01'],
      ['expired', '2028-01-01', null],
    ]);
  });

  it('is suspended until reinstated, and revoked for good', () => {
    expect(
      periods(
        awarded,
        { type: 'CertificationSuspended', data: { ...ids, suspendedOn: '2025-03-01', reason: 'Under review' } },
        { type: 'CertificationReinstated', data: { ...ids, reinstatedOn: '2025-04-01' } },
        { type: 'CertificationRevoked', data: { ...ids, revokedOn: '2025-06-01', reason: 'Forged' } },
      ),
    ).toEqual([
      ['valid', '2025-01-10', '2025-03-01'],
      ['suspended', '2025-03-01', '2025-04-01'],
      ['valid', '2025-04-01', '2025-06-01'],
      ['revoked', '2025-06-01', null],
    ]);
  });
});
