/** Personnel's member events come from `member-<memberId>`: their data does not repeat the id. */
export const memberIdOf = (streamId: string): string => streamId.slice(streamId.indexOf('-') + 1);
