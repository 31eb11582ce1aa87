/** Stream ids of the personnel service: `<aggregate>-<uuid>`, the aggregate naming the stream type. */
export const memberStreamId = (memberId: string): string => `member-${memberId}`;
export const crewIntakeStreamId = (intakeId: string): string => `crewintake-${intakeId}`;
/** The intake id of a crew-intake stream id. */
export const intakeIdOf = (streamId: string): string => streamId.slice('crewintake-'.length);
/** Identity reads are audited on a stream of their own, so a read never conflicts with an HR edit. */
export const identityAccessStreamId = (memberId: string): string => `identityaccess-${memberId}`;
export const rosterExportStreamId = (exportId: string): string => `rosterexport-${exportId}`;

export const MEMBER_STREAM_TYPE = 'member';

/** The member id of a member stream id. */
export const memberIdOf = (streamId: string): string => streamId.slice('member-'.length);
