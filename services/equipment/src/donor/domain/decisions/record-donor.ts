import { RecordDonor } from '../donor.commands';
import { DonorErrors as E } from '../donor.errors';
import { DonorRecorded } from '../donor.events';
import { DonorState } from '../donor.state';
import { donorDetails } from './donor-details';

/** RecordDonor: a donor is recorded once, with its names in Arabic and English, its kind and its country. */
export function recordDonor(command: RecordDonor, state: DonorState): DonorRecorded[] {
  if (state.donorId !== null) throw E.alreadyRecorded();
  return [{ type: 'DonorRecorded', data: { donorId: command.donorId, ...donorDetails(command) } }];
}
