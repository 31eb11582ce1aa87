import { deterministicUuid } from '@muster/event-sourcing';
import { OWN_ISSUING_BODY, RecordResult } from '../session.commands';
import { SessionResultRecorded } from '../session.events';
import { COURSE, MEMBER, SECOND, SESSION, enrolled, everyCentre, scheduled, spec } from './spec-support';

const result: RecordResult = {
  type: 'RecordResult',
  memberId: MEMBER,
  score: 82,
  resultOn: '2026-02-03',
  recordedBy: 'training-1',
  renews: null,
  actor: everyCentre,
};
const serial = deterministicUuid('session-result', SESSION, MEMBER).slice(0, 8).toUpperCase();
const number = `DD-201-2026-${serial}`;
const recorded = (data: Partial<SessionResultRecorded['data']>): SessionResultRecorded => ({
  type: 'SessionResultRecorded',
  data: {
    sessionId: SESSION,
    memberId: MEMBER,
    courseId: COURSE,
    competency: 'defensive-driving',
    score: 82,
    passMark: 70,
    passed: true,
    resultOn: '2026-02-03',
    recordedBy: 'training-1',
    certification: {
      kind: 'award',
      certificationId: deterministicUuid('certification', OWN_ISSUING_BODY, number),
      number,
      issuingBody: OWN_ISSUING_BODY,
      issuedOn: '2026-02-03',
      expiresOn: '2028-02-02',
    },
    ...data,
  },
});
const given = [scheduled, enrolled(MEMBER)];

describe('RecordResult', () => {
  it('records a pass at or above the pass mark, with the certification it awards (number the same on every retry)', () => {
    spec
      .given(given)
      .when(result)
      .then([recorded({})]);
    spec
      .given(given)
      .when({ ...result, score: 70 })
      .then([recorded({ score: 70 })]);
  });
  it('renews the member’s certification of the competency from the same body instead', () => {
    const renews = '8e2f5c74-0000-4000-8000-0000000000aa';
    spec
      .given(given)
      .when({ ...result, renews })
      .then([
        recorded({
          certification: { kind: 'renew', certificationId: renews, renewedOn: '2026-02-03', expiresOn: '2028-02-02' },
        }),
      ]);
  });
  it('records a fail below the pass mark, without a certification', () => {
    spec
      .given(given)
      .when({ ...result, score: 69 })
      .then([recorded({ score: 69, passed: false, certification: null })]);
  });
  it('completes the induction when the induction course is passed, and not when it is failed', () => {
    const induction = { ...scheduled, data: { ...scheduled.data, isInduction: true, validityMonths: null } };
    const pass = recorded({});
    spec
      .given([induction, enrolled(MEMBER)])
      .when(result)
      .then([
        {
          ...pass,
          data: { ...pass.data, certification: { ...(pass.data.certification as object), expiresOn: null } },
        } as SessionResultRecorded,
        { type: 'InductionCompleted', data: { memberId: MEMBER, completedOn: '2026-02-03', sessionId: SESSION } },
      ]);
    spec
      .given([induction, enrolled(MEMBER)])
      .when({ ...result, score: 10 })
      .then([recorded({ score: 10, passed: false, certification: null })]);
  });
  it('refuses a score outside 0–100, a member not enrolled, a second result, a day before the session', () => {
    for (const score of [-1, 101, 80.5])
      spec
        .given(given)
        .when({ ...result, score })
        .thenThrows('SCORE_OUT_OF_RANGE');
    spec
      .given(given)
      .when({ ...result, memberId: SECOND })
      .thenThrows('NOT_ENROLLED');
    spec
      .given([...given, recorded({})])
      .when(result)
      .thenThrows('RESULT_ALREADY_RECORDED');
    spec
      .given(given)
      .when({ ...result, resultOn: '2026-01-31' })
      .thenThrows('RESULT_BEFORE_SESSION');
  });
});
