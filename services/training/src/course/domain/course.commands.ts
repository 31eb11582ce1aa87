/** The longest course, in teaching hours: a longer one is a programme of several courses. */
export const MAX_COURSE_HOURS = 1000;
/** The longest a certification stays valid, in months: longer is a slip (120 = ten years). */
export const MAX_VALIDITY_MONTHS = 120;
/** A competency names what a course makes someone competent for, kebab-case: driving, first-aid, erw-awareness. */
export const COMPETENCY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** What a course teaches and how it certifies: the part of a course that a revision may change. */
export interface CourseTerms {
  nameAr: string;
  nameEn: string;
  competency: string;
  /** Its length in teaching hours. */
  hours: number;
  /** The lowest passing score, 0–100. */
  passMark: number;
  /** How long a certification from it stays valid; null: it does not expire. */
  validityMonths: number | null;
  /** Courses (ids) whose competency a member must hold, valid, to enrol. */
  prerequisites: string[];
  /** The induction every new member takes (humanitarian principles, procedures). */
  isInduction: boolean;
}

/** The terms alone, from anything that carries them (a request, a view): no stray fields in events or history. */
export const courseTermsOf = (source: CourseTerms): CourseTerms => ({
  nameAr: source.nameAr,
  nameEn: source.nameEn,
  competency: source.competency,
  hours: source.hours,
  passMark: source.passMark,
  validityMonths: source.validityMonths,
  prerequisites: source.prerequisites,
  isInduction: source.isInduction,
});

/** What the catalogue knows, gathered before the command: which prerequisites are recorded courses. */
export interface CatalogueFacts {
  /** Another course already holds this code. */
  codeTaken: boolean;
  /** The prerequisites that are courses of the catalogue (retired ones included: they certified people). */
  recordedPrerequisites: string[];
}

export type AddCourse = CourseTerms & {
  type: 'AddCourse';
  courseId: string;
  /** The organisation's code for the course, e.g. `FF-101`. */
  code: string;
  catalogue: CatalogueFacts;
};

export type ReviseCourse = CourseTerms & {
  type: 'ReviseCourse';
  revisedOn: string;
  /** Why it changed, for whoever reads the course's history. */
  reason: string;
  catalogue: Omit<CatalogueFacts, 'codeTaken'>;
};

export type RetireCourse = { type: 'RetireCourse'; retiredOn: string; reason: string };

/** Every command a course takes: each use case adds its own. */
export type CourseCommand = AddCourse | ReviseCourse | RetireCourse;
