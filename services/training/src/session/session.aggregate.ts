import { CommandContext, defineAggregate } from '@muster/platform';
import { Actor } from './domain/session.commands';
import { sessionCatalogue } from './domain/session.catalogue';
import { sessionDecider } from './domain/session.decider';
import { SessionErrors } from './domain/session.errors';

/** The session's one command path. */
export const sessionAggregate = defineAggregate({
  catalogue: sessionCatalogue,
  decider: sessionDecider,
  notFound: SessionErrors.notFound,
});

/** The caller, as the session rules that depend on centre scope see them (a commander: their centres only). */
export const actorOf = (ctx: CommandContext): Actor => ({
  centreIds: ctx.user.scope.kind === 'all' ? null : [...ctx.user.scope.centreIds],
});
