import { DomainError } from '@muster/event-sourcing';
import { MAX_REQUIRED_COMPETENCIES } from './role-requirements.commands';

/** A role requirement's refusals: each code is stable (clients switch on it), each message is for a person. */
export const RoleRequirementsErrors = {
  notFound: () =>
    new DomainError('ROLE_REQUIREMENTS_NOT_FOUND', 'No requirement has been set for this role yet', 'not-found'),
  unknownRole: (role: string) =>
    new DomainError('ROLE_UNKNOWN', `${role} is not one of the members' operational roles`, 'rule', { role }),
  invalidCompetency: (competency: string) =>
    new DomainError(
      'REQUIREMENT_INVALID_COMPETENCY',
      'A competency is written in lower-case words joined by hyphens, e.g. first-aid or search-and-rescue',
      'rule',
      { competency },
    ),
  tooMany: () =>
    new DomainError(
      'REQUIREMENT_TOO_MANY',
      `A role requires at most ${MAX_REQUIRED_COMPETENCIES} competencies`,
      'rule',
    ),
  unchanged: () =>
    new DomainError('REQUIREMENTS_UNCHANGED', 'The role already requires exactly these competencies', 'conflict'),
  dateBeforeCurrent: (currentFrom: string) =>
    new DomainError(
      'REQUIREMENT_DATE_BEFORE_CURRENT',
      `The change cannot take effect before the requirements in force (since ${currentFrom}): history is not rewritten`,
      'rule',
      { currentFrom },
    ),
  reasonRequired: () => new DomainError('REQUIREMENT_REASON_REQUIRED', 'Say why the requirement changes', 'rule'),
} as const;
