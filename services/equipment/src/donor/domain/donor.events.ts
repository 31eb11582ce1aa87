// A donor's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (donor.catalogue.ts), never an edit.

/** Who a donor is: donors ask where what they funded went, so reports group by them. */
export const DONOR_KINDS = ['government', 'ngo', 'other'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

/** A donor's name as it is written in Arabic and in English (both: reports go to donors and to the organisation). */
export interface DonorNames {
  readonly ar: string;
  readonly en: string;
}

export interface DonorDetails {
  readonly names: DonorNames;
  readonly kind: DonorKind;
  /** ISO 3166-1 alpha-2, upper case: the country the donor is from or registered in. */
  readonly country: string;
}

export type DonorRecorded = { type: 'DonorRecorded'; data: { donorId: string } & DonorDetails };

/** A correction of the names, kind or country: the whole set, as it now stands. */
export type DonorDetailsUpdated = { type: 'DonorDetailsUpdated'; data: DonorDetails };

/** Every event of a donor's stream. */
export type DonorEvent = DonorRecorded | DonorDetailsUpdated;
