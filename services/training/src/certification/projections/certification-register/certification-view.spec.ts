import { RecordedOf } from '@muster/event-sourcing';
import { recordedStream } from '@muster/event-sourcing/testing';
import { certificationCatalogue } from '../../domain/certification.catalogue';
import { CertificationEvent } from '../../domain/certification.events';
import { awarded, expired, facts, suspended } from '../../domain/decisions/spec-support';
import { CertificationView, evolveCertificationView } from './certification-view';

const recorded = (events: readonly CertificationEvent[]): RecordedOf<CertificationEvent>[] =>
  recordedStream(certificationCatalogue, facts.certificationId, events, {
    actorId: 'training-1',
    actorRoles: ['training'],
    at: '2026-01-15T09:00:00.000Z',
  });
const viewAfter = (...events: CertificationEvent[]): CertificationView | null =>
  recorded(events).reduce<CertificationView | null>(evolveCertificationView, null);

describe('certification register read model', () => {
  it('lists an award as valid until its expiry, with its number, body and basis', () => {
    expect(viewAfter(awarded)).toMatchObject({
      ...awarded.data,
      version: 1,
      status: 'valid',
      history: [],
    });
  });

  it('follows suspension, expiry, and a renewal that makes an expired one valid again', () => {
    const renewed: CertificationEvent = {
      type: 'CertificationRenewed',
      data: { ...facts, renewedOn: '2027-02-01', expiresOn: '2029-01-31', sessionId: null },
    };
    expect(viewAfter(awarded, suspended)).toMatchObject({ status: 'suspended', version: 2 });
    expect(viewAfter(awarded, expired)).toMatchObject({ status: 'expired' });
    expect(viewAfter(awarded, expired, renewed)).toMatchObject({
      status: 'valid',
      expiresOn: '2029-01-31',
      history: [
        { type: 'CertificationExpired', on: '2027-01-10', note: null },
        { type: 'CertificationRenewed', on: '2027-02-01', note: null },
      ],
    });
  });

  it('keeps nothing of a stream without its award', () => {
    expect(viewAfter(suspended)).toBeNull();
  });
});
