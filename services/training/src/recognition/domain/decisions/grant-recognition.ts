import { deterministicUuid, requireIsoDate } from '@muster/event-sourcing';
import { OWN_ISSUING_BODY } from '../../../session/domain/session.commands';
import { GrantRecognition } from '../recognition-case.commands';
import { RecognitionCaseErrors as E } from '../recognition-case.errors';
import { PriorService, RecognitionGranted } from '../recognition-case.events';
import { RecognitionCaseState } from '../recognition-case.state';
import { courseToDecide, dayInCase, openCase } from './guards';

const described = (s: PriorService): string => `${s.organisation}, ${s.rankOrRole}, ${s.from}–${s.to ?? 'intake'}`;

/**
 * GrantRecognition: a certification equivalent to a course, for one of the person's recorded prior services — only
 * after evidence is recorded, once per competency, never for the induction nor for a competency that waits for an
 * assessment. The organisation issues it, under a number derived from the case and the course (the same on a retry).
 */
export function grantRecognition(command: GrantRecognition, state: RecognitionCaseState): RecognitionGranted[] {
  const opened = openCase(state);
  const course = courseToDecide(state, command.course);
  if (state.evidence === 0) throw E.evidenceRequired();
  const prior = opened.priorService[command.priorServiceIndex];
  if (prior === undefined) throw E.priorServiceUnknown(command.priorServiceIndex);
  const issuedOn = dayInCase(opened, 'issuedOn', command.issuedOn);
  if (command.expiresOn === null) {
    if (course.validityMonths !== null) throw E.expiryRequired();
  } else {
    requireIsoDate(command.expiresOn, 'expiresOn');
    if (command.expiresOn < issuedOn) throw E.expiryBeforeIssue(command.expiresOn, issuedOn);
  }
  const serial = deterministicUuid('recognition', opened.caseId, course.courseId).slice(0, 8).toUpperCase();
  return [
    {
      type: 'RecognitionGranted',
      data: {
        caseId: opened.caseId,
        memberId: opened.memberId,
        courseId: course.courseId,
        courseCode: course.code,
        competency: course.competency,
        priorService: described(prior),
        number: `RPL-${course.code}-${serial}`,
        issuingBody: OWN_ISSUING_BODY,
        issuedOn,
        expiresOn: command.expiresOn,
        grantedBy: command.grantedBy,
      },
    },
  ];
}
