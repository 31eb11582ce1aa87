import { OpenRecognitionCase } from '../recognition-case.commands';
import { RecognitionCaseErrors as E } from '../recognition-case.errors';
import { RecognitionCaseOpened } from '../recognition-case.events';
import { RecognitionCaseState } from '../recognition-case.state';

/**
 * OpenRecognitionCase: the person's prior service, as personnel recorded it, waits for the training manager — once.
 * Nothing is granted here: a rank certifies nobody.
 */
export function openRecognitionCase(
  command: OpenRecognitionCase,
  state: RecognitionCaseState,
): RecognitionCaseOpened[] {
  if (state.opened !== null) throw E.alreadyOpened();
  return [{ type: 'RecognitionCaseOpened', data: command.data }];
}
