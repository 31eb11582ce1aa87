import { spec, applied, cleared, rejected, active, vet, onboard } from './spec-support';

describe('VetApplicant', () => {
  it('clears an applicant', () => {
    spec.given([applied]).when(vet('cleared')).then([cleared]);
  });
  it('rejects an applicant, which ends the application', () => {
    spec.given([applied]).when(vet('rejected', 'Could not confirm identity')).then([rejected]);
    spec.given([applied, rejected]).when(onboard).thenThrows('APPLICATION_REJECTED');
    spec.given([applied, rejected]).when(vet('cleared')).thenThrows('APPLICATION_REJECTED');
  });
  it('requires notes for a rejection and a named vetter', () => {
    spec.given([applied]).when(vet('rejected', ' ')).thenThrows('VETTING_NOTES_REQUIRED');
    spec
      .given([applied])
      .when({ ...vet('cleared'), vettedBy: '' })
      .thenThrows('VETTER_REQUIRED');
  });
  it('refuses an unknown applicant, a second vetting and vetting a member', () => {
    spec.given([]).when(vet('cleared')).thenThrows('MEMBER_NOT_FOUND');
    spec.given([applied, cleared]).when(vet('rejected', 'changed mind')).thenThrows('APPLICANT_ALREADY_VETTED');
    spec.given(active).when(vet('cleared')).thenThrows('MEMBER_ALREADY_ONBOARDED');
  });
});
