import { CentreCommand } from '../centre.commands';
import { CentreEvent, CentreStatus, StatusChangeKind } from '../centre.events';
import { TRANSITIONS } from './status-transitions';
import { airStrike, closed, damaged, degraded, destroyed, registered, registeredPlanned, spec } from './spec-support';

const on = '2025-02-01';
const commands: Record<StatusChangeKind, CentreCommand> = {
  commissioned: { type: 'CommissionCentre', since: on },
  degraded: { type: 'ReportDegraded', since: on, reasons: ['road-cut'], note: '' },
  restored: { type: 'RestoreCentre', since: on, note: '' },
  damaged: { type: 'ReportIncident', outcome: 'damaged', ...airStrike, occurredOn: on },
  destroyed: { type: 'ReportIncident', outcome: 'destroyed', ...airStrike, occurredOn: on },
  closed: { type: 'CloseCentre', since: on, reason: 'Front line', estimatedReopeningOn: null },
  reopened: { type: 'ReopenCentre', since: on, note: '' },
  'rebuild-decided': { type: 'DecideRebuild', decidedOn: on, decisionRef: 'BOARD-1', note: '', decidedBy: 'admin-1' },
};
const centreIn: Record<CentreStatus, CentreEvent[]> = {
  planned: registeredPlanned,
  operational: registered,
  degraded,
  damaged,
  destroyed,
  closed,
};

// Every transition from every status: the legal ones record CentreStatusChanged, every other one is refused.
const cases = (Object.keys(centreIn) as CentreStatus[]).flatMap((from) =>
  (Object.keys(commands) as StatusChangeKind[]).map((kind) => [from, kind] as const),
);

describe('the status machine', () => {
  it.each(cases)('from %s, %s', (from, kind) => {
    const { to, from: legalFrom } = TRANSITIONS[kind];
    const when = spec.given(centreIn[from]).when(commands[kind]);
    if (legalFrom.includes(from)) {
      when.then([
        {
          type: 'CentreStatusChanged',
          data: {
            centreId: 'centre-1',
            status: to,
            since: on,
            previousStatus: from,
            change: expect.objectContaining({ kind }),
          },
        },
      ]);
    } else {
      when.thenThrows(from === 'destroyed' ? 'CENTRE_DESTROYED' : 'STATUS_TRANSITION_NOT_ALLOWED');
    }
  });

  it('brings a destroyed centre back only through a rebuild decision, then commissioning', () => {
    const rebuilt = [
      ...destroyed,
      {
        type: 'CentreStatusChanged',
        data: {
          centreId: 'centre-1',
          status: 'planned',
          since: on,
          previousStatus: 'destroyed',
          change: { kind: 'rebuild-decided', decisionRef: 'BOARD-1', decidedBy: 'admin-1', note: '' },
        },
      } satisfies CentreEvent,
    ];
    spec
      .given(rebuilt)
      .when({ type: 'CommissionCentre', since: '2025-06-01' })
      .then([
        {
          type: 'CentreStatusChanged',
          data: {
            centreId: 'centre-1',
            status: 'operational',
            since: '2025-06-01',
            previousStatus: 'planned',
            change: { kind: 'commissioned' },
          },
        },
      ]);
  });

  it('refuses a change dated before the current status began, in the future, or on no real day', () => {
    spec
      .given(closed)
      .when({ type: 'ReopenCentre', since: '2025-01-09', note: '' })
      .thenThrows('STATUS_DATE_BEFORE_CURRENT');
    spec.given(closed).when({ type: 'ReopenCentre', since: '2026-01-16', note: '' }).thenThrows('DATE_IN_FUTURE');
    spec.given(closed).when({ type: 'ReopenCentre', since: '2025-13-01', note: '' }).thenThrows('INVALID_DATE');
  });

  it('refuses any change to a centre never registered', () => {
    spec.given([]).when(commands.commissioned).thenThrows('CENTRE_NOT_FOUND');
  });
});
