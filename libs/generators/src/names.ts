import { names } from '@nx/devkit';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][a-zA-Z0-9]*$/;

/** The option's value when it is kebab-case; otherwise a refusal that says what was expected. */
export function kebabOption(option: string, value: string | undefined): string {
  if (value === undefined || !KEBAB.test(value)) {
    throw new Error(`--${option} must be kebab-case, like crew-intake (got ${JSON.stringify(value)})`);
  }
  return value;
}

/** The option's value when it is PascalCase; otherwise a refusal that says what was expected. */
export function pascalOption(option: string, value: string | undefined): string {
  if (value === undefined || !PASCAL.test(value)) {
    throw new Error(`--${option} must be PascalCase, like CrewIntakeOpened (got ${JSON.stringify(value)})`);
  }
  return value;
}

/** What one kebab-case name becomes in file names, types, functions, error codes and sentences. */
export interface Names {
  /** crew-intake */
  readonly file: string;
  /** CrewIntake */
  readonly className: string;
  /** crewIntake */
  readonly property: string;
  /** CREW_INTAKE */
  readonly constant: string;
  /** crew intake */
  readonly words: string;
}

export function namesOf(kebab: string): Names {
  const n = names(kebab);
  return {
    file: kebab,
    className: n.className,
    property: n.propertyName,
    constant: n.constantName,
    words: kebab.replace(/-/g, ' '),
  };
}

/** An aggregate's names, derived the same way by both generators so that the use-case one finds what the other made. */
export interface AggregateNames extends Names {
  /** The part of its stream ids before the first dash, so it has none: `crewintake` for `crewintake-<uuid>`. */
  readonly streamType: string;
  /** The record's id as a route parameter and a command field: `crewIntakeId`. */
  readonly idField: string;
}

export function aggregateNamesOf(kebab: string): AggregateNames {
  return { ...namesOf(kebab), streamType: kebab.replace(/-/g, ''), idField: `${namesOf(kebab).property}Id` };
}

/** Where a service's aggregate lives. */
export function aggregateFolder(service: string, aggregate: AggregateNames): string {
  return `services/${service}/src/${aggregate.file}`;
}
