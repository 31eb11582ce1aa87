/** The caller, as the session rules that depend on centre scope see them (a commander: their centres only). */
export interface Actor {
  readonly centreIds: readonly string[] | null;
}

/** The most people one session takes. */
export const MAX_CAPACITY = 500;

/** Who awards the certifications the organisation's own sessions give. */
export const OWN_ISSUING_BODY = 'civil-defence-training';

/** The course as the catalogue knows it when a session is scheduled (null: no such course). */
export interface SessionCourse {
  courseId: string;
  code: string;
  competency: string;
  passMark: number;
  validityMonths: number | null;
  isInduction: boolean;
  retired: boolean;
  /** The competencies of its prerequisite courses: an enrolled member must hold each, valid. */
  prerequisiteCompetencies: string[];
}

export type ScheduleSession = {
  type: 'ScheduleSession';
  sessionId: string;
  courseId: string;
  course: SessionCourse | null;
  centreId: string;
  /** Members who teach it. */
  instructorIds: string[];
  startsOn: string;
  endsOn: string;
  capacity: number;
  actor: Actor;
};

/** A member's standing as training knows it from personnel (null: not heard of yet). */
export type MemberStanding = { status: string } | null;

export type EnrolMember = {
  type: 'EnrolMember';
  memberId: string;
  enrolledOn: string;
  member: MemberStanding;
  /** The competencies the member holds valid on the day of enrolment. */
  validCompetencies: string[];
  /** The course was retired since the session was scheduled. */
  courseRetired: boolean;
  actor: Actor;
};

export type RecordAttendance = {
  type: 'RecordAttendance';
  memberId: string;
  day: string;
  present: boolean;
  actor: Actor;
};

export type RecordResult = {
  type: 'RecordResult';
  memberId: string;
  score: number;
  resultOn: string;
  /** Who recorded (and so verified) it: a user id. */
  recordedBy: string;
  /** The member's certification of this competency from the same issuing body, which a pass renews; null: award. */
  renews: string | null;
  actor: Actor;
};

export type SessionCommand = ScheduleSession | EnrolMember | RecordAttendance | RecordResult;
