import { UpdateDonor } from '../donor.commands';
import { DonorErrors as E } from '../donor.errors';
import { DonorDetails, DonorDetailsUpdated } from '../donor.events';
import { DonorState } from '../donor.state';
import { donorDetails } from './donor-details';

const same = (a: DonorDetails, b: DonorDetails | null): boolean =>
  b !== null && a.names.ar === b.names.ar && a.names.en === b.names.en && a.kind === b.kind && a.country === b.country;

/** UpdateDonor: only for a donor on record; the same details again record nothing. */
export function updateDonor(command: UpdateDonor, state: DonorState): DonorDetailsUpdated[] {
  if (state.donorId === null) throw E.notFound();
  const details = donorDetails(command);
  return same(details, state.details) ? [] : [{ type: 'DonorDetailsUpdated', data: details }];
}
