import { IsoDate } from '@muster/event-sourcing';
import { CentreStatus, Site } from './centre.events';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the hazard rules need of one hazard. */
export interface HazardState {
  readonly reportedOn: IsoDate;
  readonly cordonedOn: IsoDate | null;
  readonly cleared: boolean;
}

/**
 * What the rules of a centre need to know of its past: plain JSON, folded from its events by evolve.
 *
 * Hazards live in the centre's stream rather than in an aggregate of their own: a centre has a handful of them at a
 * time, every rule about one starts from its centre (which must exist; a commander acts for it), and the profile and
 * readiness read them per centre — a stream per hazard would add a lookup to every command and nothing to a rule.
 */
export interface CentreState {
  /** null until the centre is registered. */
  readonly centreId: string | null;
  readonly status: CentreStatus | null;
  /** The day the current status began; null for the status the centre was registered with. */
  readonly statusSince: IsoDate | null;
  readonly site: Site | null;
  /** The day the centre moved to its current site; null for the site it was registered at. */
  readonly siteSince: IsoDate | null;
  readonly commander: { readonly memberId: string; readonly since: IsoDate } | null;
  readonly hazards: Readonly<Record<string, HazardState>>;
}

export const initialCentreState: CentreState = {
  centreId: null,
  status: null,
  statusSince: null,
  site: null,
  siteSince: null,
  commander: null,
  hazards: {},
};
