import { isIsoDate } from '@muster/event-sourcing';

/**
 * A member's legal identity: the most dangerous data Muster holds. It is never stored or sent in clear; it lives
 * only sealed (see identity-envelope.ts) and is read by those who need it, every read recorded elsewhere.
 */

/** One script's spelling of a name, by parts: never collapsed into a single "first name". */
export interface NameParts {
  readonly own: string;
  readonly father: string | null;
  readonly grandfather: string | null;
  readonly family: string | null;
}

/** The name in Arabic script and/or its Latin transliteration (at least one). */
export interface PersonName {
  readonly arabic: NameParts | null;
  readonly latin: NameParts | null;
}

export type DateOfBirth =
  { readonly kind: 'date'; readonly date: string } | { readonly kind: 'year'; readonly year: number };

export const BLOOD_TYPES = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const;
export type BloodType = (typeof BLOOD_TYPES)[number];

export interface EmergencyContact {
  readonly name: string;
  readonly relation: string;
  readonly phone: string;
}

export interface MemberIdentity {
  readonly name: PersonName;
  readonly dateOfBirth: DateOfBirth | null;
  readonly nationalId: string | null;
  readonly phone: string | null;
  readonly homeArea: string | null;
  readonly emergencyContact: EmergencyContact | null;
  readonly bloodType: BloodType | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isOptionalText = (v: unknown): boolean => v === null || isText(v);

function nameProblems(v: unknown, path: string): string[] {
  if (v === null) return [];
  if (!isObject(v)) return [`${path} must be an object of name parts or null`];
  const problems: string[] = [];
  if (!isText(v['own'])) problems.push(`${path}.own is required`);
  for (const part of ['father', 'grandfather', 'family']) {
    if (!isOptionalText(v[part])) problems.push(`${path}.${part} must be text or null`);
  }
  return problems;
}

/** What is wrong with a value that claims to be a member identity ([] when nothing). */
export function memberIdentityProblems(value: unknown): string[] {
  if (!isObject(value)) return ['identity must be an object'];
  const problems: string[] = [];
  const name = value['name'];
  if (!isObject(name)) {
    problems.push('name is required');
  } else {
    problems.push(...nameProblems(name['arabic'], 'name.arabic'), ...nameProblems(name['latin'], 'name.latin'));
    if (name['arabic'] === null && name['latin'] === null) problems.push('name needs an Arabic or a Latin spelling');
  }
  const dob = value['dateOfBirth'];
  if (dob !== null) {
    const ok =
      isObject(dob) &&
      ((dob['kind'] === 'date' && isIsoDate(dob['date'])) ||
        (dob['kind'] === 'year' &&
          Number.isInteger(dob['year']) &&
          (dob['year'] as number) > 1900 &&
          (dob['year'] as number) < 2100));
    if (!ok) problems.push('dateOfBirth must be { kind: "date", date: YYYY-MM-DD }, { kind: "year", year } or null');
  }
  for (const field of ['nationalId', 'phone', 'homeArea']) {
    if (!isOptionalText(value[field])) problems.push(`${field} must be text or null`);
  }
  const contact = value['emergencyContact'];
  if (
    contact !== null &&
    !(isObject(contact) && isText(contact['name']) && isText(contact['relation']) && isText(contact['phone']))
  ) {
    problems.push('emergencyContact must have a name, relation and phone, or be null');
  }
  const blood = value['bloodType'];
  if (blood !== null && !(BLOOD_TYPES as readonly unknown[]).includes(blood))
    problems.push('bloodType is not a blood type');
  return problems;
}
