import { RecordedEvent, RecordedOf } from '@muster/event-sourcing';
import { certificationCatalogue } from '../../domain/certification.catalogue';
import { CertificationEvent } from '../../domain/certification.events';
import { awarded, expired, facts, suspended } from '../../domain/decisions/spec-support';
import { CertificationView, evolveCertificationView } from './certification-view';

/** The events as the store hands them to a read model: recorded on the certification's stream, one by one. */
function recorded(events: readonly CertificationEvent[]): RecordedOf<CertificationEvent>[] {
  return events.flatMap((event, i) => {
    const stored: RecordedEvent = {
      ...event,
      id: `event-${i + 1}`,
      streamId: `certification-${facts.certificationId}`,
      streamType: 'certification',
      streamVersion: i + 1,
      globalPosition: String(i + 1),
      schemaVersion: 1,
      metadata: { actorId: 'training-1', actorRoles: ['training'], correlationId: 'c-1' },
      occurredAt: '2026-01-15T09:00:00.000Z',
      recordedAt: '2026-01-15T09:00:00.000Z',
      hash: 'h',
      previousHash: null,
    };
    return certificationCatalogue.narrow(stored) ?? [];
  });
}
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
