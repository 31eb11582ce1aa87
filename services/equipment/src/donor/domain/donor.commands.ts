import { DonorDetails } from './donor.events';

export type RecordDonor = { type: 'RecordDonor'; donorId: string } & DonorDetails;

export type UpdateDonor = { type: 'UpdateDonor' } & DonorDetails;

/** Every command a donor takes. */
export type DonorCommand = RecordDonor | UpdateDonor;
