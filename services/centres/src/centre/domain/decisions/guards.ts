import { IsoDate, requireIsoDate, requireNotInFuture } from '@muster/event-sourcing';
import { CentreErrors as E } from '../centre.errors';
import { CentreStatus, Site } from '../centre.events';
import { CentreState, HazardState } from '../centre.state';

// Guards shared by several centre decisions.

/** The centre as a registered one: refuses a centre never registered. */
export function requireRegistered(state: CentreState): { centreId: string; status: CentreStatus } {
  if (state.centreId === null || state.status === null) throw E.notFound();
  return { centreId: state.centreId, status: state.status };
}

/** Trimmed text that must say something ('  ' is no reason). */
export function requireText(value: string, field: string): string {
  const text = value.trim();
  if (text === '') throw E.detailsRequired(field);
  return text;
}

/** A day on which something happened: a real date, not later than today. */
export function requirePastDate(value: IsoDate, field: string, now: Date): IsoDate {
  requireIsoDate(value, field);
  requireNotInFuture(value, field, now);
  return value;
}

/** A site as recorded: the address trimmed and required. */
export function siteOf(site: Site): Site {
  return { address: requireText(site.address, 'an address'), coordinates: site.coordinates };
}

export function sameSite(a: Site, b: Site): boolean {
  return (
    a.address.toLocaleLowerCase() === b.address.toLocaleLowerCase() &&
    a.coordinates?.latitude === b.coordinates?.latitude &&
    a.coordinates?.longitude === b.coordinates?.longitude
  );
}

/** A hazard of this centre that is not cleared yet. */
export function openHazard(state: CentreState, hazardId: string): HazardState {
  requireRegistered(state);
  const hazard = state.hazards[hazardId];
  if (!hazard) throw E.hazardNotFound();
  if (hazard.cleared) throw E.hazardAlreadyCleared();
  return hazard;
}
