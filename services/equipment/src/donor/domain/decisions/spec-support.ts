// Fixtures shared by the donor decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { donorDecider } from '../donor.decider';
import { RecordDonor } from '../donor.commands';
import { DonorRecorded } from '../donor.events';

export const spec = deciderSpec(donorDecider);

export const DONOR = '0b7a3c1e-0000-4000-8000-0000000000e1';

export const recordDonor: RecordDonor = {
  type: 'RecordDonor',
  donorId: DONOR,
  names: { ar: ' الهلال الأحمر القطري ', en: 'Qatar Red Crescent' },
  kind: 'ngo',
  country: 'qa',
};

export const donorRecorded: DonorRecorded = {
  type: 'DonorRecorded',
  data: { donorId: DONOR, names: { ar: 'الهلال الأحمر القطري', en: 'Qatar Red Crescent' }, kind: 'ngo', country: 'QA' },
};
