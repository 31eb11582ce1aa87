import { CommandContext, defineAggregate } from '@muster/platform';
import { Actor } from './domain/member.commands';
import { memberDecider } from './domain/member.decider';
import { MemberErrors } from './domain/member.errors';
import { memberCatalogue } from './domain/member.catalogue';

/** The member's one command path. Bump the snapshot key whenever evolve or MemberState changes. */
export const memberAggregate = defineAggregate({
  catalogue: memberCatalogue,
  decider: memberDecider,
  snapshotKey: 'member@2',
  notFound: MemberErrors.notFound,
});

/** The caller, as the member rules that depend on authority see them. */
export const actorOf = (ctx: CommandContext): Actor => ({ id: ctx.user.id, roles: ctx.user.roles });
