import { CrewIntakeCommand } from './crew-intake.commands';
import { spec, cancelled, vet, map, withTwo } from './decisions/spec-support';

// The rules of each command are specified next to it, in decisions/*.spec.ts; here, what holds across them.

describe('crew intake decider', () => {
  it('refuses vetting and mapping once the intake is closed', () => {
    const commands: CrewIntakeCommand[] = [vet('p1', 'cleared'), map('p1')];
    for (const c of commands)
      spec
        .given([...withTwo, cancelled])
        .when(c)
        .thenThrows('INTAKE_CANCELLED');
  });
});
