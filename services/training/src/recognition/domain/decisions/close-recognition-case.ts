import { CloseRecognitionCase } from '../recognition-case.commands';
import { RecognitionCaseClosed } from '../recognition-case.events';
import { RecognitionCaseState } from '../recognition-case.state';
import { dayInCase, openCase } from './guards';

/** CloseRecognitionCase: everything in the case is decided; once. */
export function closeRecognitionCase(
  command: CloseRecognitionCase,
  state: RecognitionCaseState,
): RecognitionCaseClosed[] {
  const opened = openCase(state);
  return [
    {
      type: 'RecognitionCaseClosed',
      data: { closedOn: dayInCase(opened, 'closedOn', command.closedOn), notes: command.notes.trim() },
    },
  ];
}
