import { RecordRecognitionEvidence } from '../recognition-case.commands';
import { RecognitionEvidenceRecorded } from '../recognition-case.events';
import { RecognitionCaseState } from '../recognition-case.state';
import { dayInCase, openCase, required } from './guards';

/** RecordRecognitionEvidence: what shows the prior learning (a certificate seen, a practical check), in an open case. */
export function recordRecognitionEvidence(
  command: RecordRecognitionEvidence,
  state: RecognitionCaseState,
): RecognitionEvidenceRecorded[] {
  const opened = openCase(state);
  return [
    {
      type: 'RecognitionEvidenceRecorded',
      data: {
        description: required(command.description, 'a description of the evidence'),
        reference: command.reference?.trim() || null,
        recordedOn: dayInCase(opened, 'recordedOn', command.recordedOn),
      },
    },
  ];
}
