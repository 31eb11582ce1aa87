import { DomainError } from '@muster/event-sourcing';
import {
  PersonalText,
  ProtectedIdentityRef,
  isProtectedIdentityRef,
  isSealedText,
} from '../../identity/domain/sealed-payload';
import { IsoDate, requireIsoDate } from '@muster/event-sourcing';
import { MemberRole, isMemberRole } from './member.events';

/**
 * Rules (and their refusals) shared by the member and crew-intake deciders: a person entering Muster is checked the
 * same way whether they apply alone or join with a crew. Pure; codes are stable.
 */
export const CommonRuleErrors = {
  callSignRequired: () => new DomainError('CALL_SIGN_REQUIRED', 'A call-sign is required', 'rule'),
  identityNotSealed: () =>
    new DomainError(
      'IDENTITY_NOT_SEALED',
      'The identity must arrive encrypted (a key id and an AES-256-GCM sealed payload), never in clear',
      'rule',
    ),
  rolesRequired: () => new DomainError('ROLES_REQUIRED', 'At least one role is required', 'rule'),
  unknownRole: (role: unknown) =>
    new DomainError('UNKNOWN_ROLE', `"${String(role)}" is not a Muster role`, 'rule', { role }),
  reasonRequired: (field: string) =>
    new DomainError('REASON_REQUIRED', `A reason is required (${field})`, 'rule', { field }),
  vetterRequired: () => new DomainError('VETTER_REQUIRED', 'The person who vetted the applicant must be named', 'rule'),
  vettingNotesRequired: () =>
    new DomainError('VETTING_NOTES_REQUIRED', 'A rejection must say why, in the vetting notes', 'rule'),
} as const;

const E = CommonRuleErrors;

/** The trimmed text, or the given refusal when it is missing or blank. */
export function requireText(value: unknown, error: () => Error): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length === 0) throw error();
  return trimmed;
}

/**
 * Required free text about the member: sealed text as it comes (the edge sealed it, and seals no blank text), clear
 * text trimmed; the given refusal when clear text is missing or blank.
 */
export function requirePersonalText(value: PersonalText, error: () => Error): PersonalText {
  return isSealedText(value) ? value : requireText(value, error);
}

/** Optional free text about the member: sealed text as it comes, clear text trimmed ('' when there is none). */
export function optionalPersonalText(value: PersonalText | null | undefined): PersonalText {
  if (value === null || value === undefined) return '';
  return isSealedText(value) ? value : value.trim();
}

/** A non-empty list of known Muster roles, without repeats (in the order given). */
export function requireRoles(roles: readonly unknown[]): MemberRole[] {
  if (!Array.isArray(roles) || roles.length === 0) throw E.rolesRequired();
  const unknownRole = roles.find((r) => !isMemberRole(r));
  if (unknownRole !== undefined) throw E.unknownRole(unknownRole);
  return [...new Set(roles as MemberRole[])];
}

/** The identity arrives sealed (encrypted), never in clear. */
export function requireSealedIdentity(identity: unknown): asserts identity is ProtectedIdentityRef {
  if (!isProtectedIdentityRef(identity)) throw E.identityNotSealed();
}

export interface VettingInput {
  readonly outcome: 'cleared' | 'rejected';
  readonly vettedBy: string;
  readonly vettedOn: IsoDate;
  readonly notes?: PersonalText | null;
}

/** A vetting decision: who vetted (named), when (a real date), and why when the person is rejected. */
export function checkedVetting(vetting: VettingInput): { vettedBy: string; notes: PersonalText } {
  const vettedBy = requireText(vetting.vettedBy, E.vetterRequired);
  requireIsoDate(vetting.vettedOn, 'vettedOn');
  const notes = optionalPersonalText(vetting.notes);
  if (vetting.outcome === 'rejected' && notes === '') throw E.vettingNotesRequired();
  return { vettedBy, notes };
}
