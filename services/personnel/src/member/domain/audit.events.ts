/**
 * The audit events of reads: each on a stream of its own, so a read never conflicts with an edit of the record. They
 * say who looked at whose data and why (actor and reason are in the metadata), never the data itself.
 */

export type IdentityView = 'full' | 'name-and-call-sign';

/** One identity read (no identity in it: who, when, why, what was shown). Stream `identityaccess-<memberId>`. */
export type MemberIdentityRead = {
  type: 'MemberIdentityRead';
  data: { memberId: string; purpose: string; view: IdentityView | 'export' | 'denied'; disclosed: boolean };
};

/** A name search: whose names were shown; never the query (it is itself a name). Stream `namesearch-<uuid>`. */
export type MemberNamesSearched = {
  type: 'MemberNamesSearched';
  data: { disclosedMemberIds: string[]; totalMatches: number; centreIds: string[] | null };
};

/** One roster export: which filters, how many rows, whose identities were included. Stream `rosterexport-<uuid>`. */
export type RosterExported = {
  type: 'RosterExported';
  data: {
    filters: { centreId: string | null; status: string | null; role: string | null };
    includeIdentity: boolean;
    rowCount: number;
    identityMemberIds: string[];
  };
};
