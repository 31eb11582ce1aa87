import { COMPETENCY, CourseTerms, MAX_COURSE_HOURS, MAX_VALIDITY_MONTHS } from '../course.commands';
import { CourseErrors as E } from '../course.errors';

/**
 * The terms of a course as the catalogue keeps them, checked — shared by adding and revising, which set the same
 * terms. Names trimmed, so that a stray space never makes a second name for the same course; prerequisites in the
 * order given, each once.
 */
export function checkedTerms(
  terms: CourseTerms,
  courseId: string,
  recordedPrerequisites: readonly string[],
): CourseTerms {
  const required = (field: 'nameAr' | 'nameEn'): string => {
    const value = terms[field].trim();
    if (value === '') throw E.detailsRequired(field);
    return value;
  };
  if (!COMPETENCY.test(terms.competency) || terms.competency.length > 60) throw E.invalidCompetency(terms.competency);
  if (!Number.isInteger(terms.hours) || terms.hours < 1 || terms.hours > MAX_COURSE_HOURS) {
    throw E.invalidHours(terms.hours);
  }
  if (!Number.isInteger(terms.passMark) || terms.passMark < 0 || terms.passMark > 100) {
    throw E.invalidPassMark(terms.passMark);
  }
  const months = terms.validityMonths;
  if (months !== null && (!Number.isInteger(months) || months < 1 || months > MAX_VALIDITY_MONTHS)) {
    throw E.invalidValidity(months);
  }
  const prerequisites = [...new Set(terms.prerequisites)];
  if (prerequisites.includes(courseId)) throw E.ownPrerequisite();
  const unknown = prerequisites.filter((id) => !recordedPrerequisites.includes(id));
  if (unknown.length > 0) throw E.unknownPrerequisites(unknown);
  return {
    nameAr: required('nameAr'),
    nameEn: required('nameEn'),
    competency: terms.competency,
    hours: terms.hours,
    passMark: terms.passMark,
    validityMonths: months,
    prerequisites,
    isInduction: terms.isInduction,
  };
}
