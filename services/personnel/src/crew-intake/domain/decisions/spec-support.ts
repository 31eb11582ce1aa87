// Fixtures shared by the crew-intake decision specs (decisions/*.spec.ts and ../crew-intake.decider.spec.ts): past
// events named as sentences, and the commands several specs send. Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { ProtectedIdentityRef } from '../../../identity/domain/sealed-payload';
import { CompleteCrewIntake, MapPriorRanks, VetIntakePerson } from '../crew-intake.commands';
import { crewIntakeDecider } from '../crew-intake.decider';
import { CrewIntakeEvent, PriorService } from '../crew-intake.events';

export const spec = deciderSpec(crewIntakeDecider);

export const sealedFor = (keyId: string): ProtectedIdentityRef => ({
  keyId,
  sealed: {
    v: 1,
    alg: 'AES-256-GCM',
    iv: Buffer.alloc(12, 3).toString('base64'),
    tag: Buffer.alloc(16, 4).toString('base64'),
    ciphertext: Buffer.from(`sealed ${keyId}`).toString('base64'),
  },
});

export const firefighterService: PriorService[] = [
  { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Firefighter', from: '2012', to: '2019-06' },
  { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Fire engine driver', from: '2019-06', to: null },
];
export const officerService: PriorService[] = [
  { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Lieutenant', from: '2010-01-01', to: '2024-12-08' },
];
export const clerkService: PriorService[] = [
  { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Clerk', from: '2015', to: null },
];

// ---- events
export const opened: CrewIntakeEvent = {
  type: 'CrewIntakeOpened',
  data: {
    intakeId: 'crew-intake-9',
    sourceOrganisation: 'Aleppo Civil Fire Brigade',
    unitName: 'Station 3 crew',
    receivingCentreId: 'centre-aleppo-outpost',
    openedOn: '2025-01-10',
  },
};
export const added = (
  personId: string,
  priorService: PriorService[],
  callSign = `Cedar-${personId}`,
): CrewIntakeEvent => ({
  type: 'IntakePersonAdded',
  data: { personId, callSign, identity: sealedFor(`key-${personId}`), priorService },
});
export const vetted = (personId: string, outcome: 'cleared' | 'rejected'): CrewIntakeEvent => ({
  type: 'IntakePersonVetted',
  data: {
    personId,
    outcome,
    vettedBy: 'user-vetter',
    vettedOn: '2025-01-20',
    notes: outcome === 'rejected' ? 'Abuses reported by residents' : '',
  },
});
export const mappedByTable: CrewIntakeEvent = {
  type: 'IntakePersonRolesMapped',
  data: {
    personId: 'p1',
    mapping: [
      { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Firefighter', roles: ['firefighter'] },
      { organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Fire engine driver', roles: ['firefighter', 'driver'] },
    ],
    roles: ['firefighter', 'driver'],
    source: 'default-table',
    overrideReason: null,
  },
};
export const officerMapped: CrewIntakeEvent = {
  type: 'IntakePersonRolesMapped',
  data: {
    personId: 'p2',
    mapping: [{ organisation: 'Aleppo Civil Fire Brigade', rankOrRole: 'Lieutenant', roles: ['team-leader'] }],
    roles: ['team-leader'],
    source: 'default-table',
    overrideReason: null,
  },
};
export const cancelled: CrewIntakeEvent = {
  type: 'CrewIntakeCancelled',
  data: { cancelledOn: '2025-01-15', reason: 'x' },
};

// ---- commands
export const vet = (personId: string, outcome: 'cleared' | 'rejected', notes = ''): VetIntakePerson => ({
  type: 'VetIntakePerson',
  personId,
  outcome,
  vettedBy: 'user-vetter',
  vettedOn: '2025-01-20',
  notes,
});
export const map = (personId: string, override: MapPriorRanks['override'] = null): MapPriorRanks => ({
  type: 'MapPriorRanks',
  personId,
  override,
});
export const complete = (probationMonths = 6, completedOn = '2025-02-01'): CompleteCrewIntake => ({
  type: 'CompleteCrewIntake',
  completedOn,
  probationMonths,
});

export const withTwo = [opened, added('p1', firefighterService), added('p2', officerService)];
export const readyToComplete = [
  ...withTwo,
  vetted('p1', 'cleared'),
  mappedByTable,
  vetted('p2', 'cleared'),
  officerMapped,
];
