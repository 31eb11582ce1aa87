import { spec, vetted, vet, withTwo } from './spec-support';

describe('VetIntakePerson', () => {
  it('clears and rejects people one by one', () => {
    spec
      .given(withTwo)
      .when(vet('p1', 'cleared'))
      .then([vetted('p1', 'cleared')]);
    spec
      .given(withTwo)
      .when(vet('p2', 'rejected', 'Abuses reported by residents'))
      .then([vetted('p2', 'rejected')]);
  });
  it('refuses an unknown person, vetting twice, a rejection without notes and a nameless vetter', () => {
    spec.given(withTwo).when(vet('p9', 'cleared')).thenThrows('INTAKE_PERSON_NOT_FOUND');
    spec
      .given([...withTwo, vetted('p1', 'cleared')])
      .when(vet('p1', 'rejected', 'x'))
      .thenThrows('INTAKE_PERSON_ALREADY_VETTED');
    spec.given(withTwo).when(vet('p1', 'rejected')).thenThrows('VETTING_NOTES_REQUIRED');
    spec
      .given(withTwo)
      .when({ ...vet('p1', 'cleared'), vettedBy: '' })
      .thenThrows('VETTER_REQUIRED');
  });
});
