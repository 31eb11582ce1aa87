export { memberStanding, memberStandingOn } from './member-standing';
export type { MemberStatus, Standing } from './member-periods';
