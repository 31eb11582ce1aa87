import { randomUUID } from 'node:crypto';

/**
 * The one event every contender writes: a member registered in the personnel register, ~300 bytes of JSON data,
 * with the metadata Muster's services attach (actor, roles, correlation, causation, command). One event per append,
 * as a command usually produces.
 */
export const EVENT_TYPE = 'MemberRegistered';

// Type aliases, not interfaces: emmett's event types want records (index-signature compatible).
export type BenchEventData = {
  readonly memberId: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string;
  readonly email: string;
  readonly phone: string;
  readonly address: { readonly street: string; readonly postcode: string; readonly town: string };
  readonly centreId: string;
  readonly roles: readonly string[];
};

export type BenchMetadata = {
  readonly actorId: string;
  readonly actorRoles: readonly string[];
  readonly correlationId: string;
  readonly causationId: string;
  readonly commandId: string;
};

let sequence = 0;

export function eventData(): BenchEventData {
  sequence += 1;
  const n = String(sequence % 1_000_000).padStart(6, '0');
  return {
    memberId: randomUUID(),
    givenName: 'Anna',
    familyName: 'Peeters',
    dateOfBirth: '1987-04-12',
    email: `anna.peeters.${n}@example.org`,
    phone: '+32 470 12 34 56',
    address: { street: 'Rue de la Station 17', postcode: '5000', town: 'Namur' },
    centreId: 'centre-namur',
    roles: ['volunteer', 'first-aid'],
  };
}

export function eventMetadata(): BenchMetadata {
  const commandId = randomUUID();
  return {
    actorId: 'officer-0042',
    actorRoles: ['hr'],
    correlationId: randomUUID(),
    causationId: commandId,
    commandId,
  };
}

/** A stream id as Muster names them (`<type>-<id>`); emmett derives the same stream type from it. */
export function memberStreamId(): string {
  return `member-${randomUUID()}`;
}
