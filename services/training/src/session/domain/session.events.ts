// A session's events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a new
// schema version and an upcaster (session.catalogue.ts), never an edit.

export type SessionScheduled = {
  type: 'SessionScheduled';
  data: {
    sessionId: string;
    courseId: string;
    /** The course's terms when it was scheduled: a later revision does not change a running session. */
    courseCode: string;
    competency: string;
    passMark: number;
    validityMonths: number | null;
    isInduction: boolean;
    prerequisiteCompetencies: string[];
    centreId: string;
    instructorIds: string[];
    startsOn: string;
    endsOn: string;
    capacity: number;
  };
};

export type MemberEnrolledInSession = {
  type: 'MemberEnrolledInSession';
  data: { sessionId: string; memberId: string; enrolledOn: string };
};

export type SessionAttendanceRecorded = {
  type: 'SessionAttendanceRecorded';
  data: { sessionId: string; memberId: string; day: string; present: boolean };
};

/** The certification a pass leads to (the reaction sends it), derived here so that a retry lands on the same one. */
export type ResultCertification =
  | {
      kind: 'award';
      certificationId: string;
      number: string;
      issuingBody: string;
      issuedOn: string;
      expiresOn: string | null;
    }
  | { kind: 'renew'; certificationId: string; renewedOn: string; expiresOn: string | null };

export type SessionResultRecorded = {
  type: 'SessionResultRecorded';
  data: {
    sessionId: string;
    memberId: string;
    courseId: string;
    competency: string;
    score: number;
    passMark: number;
    passed: boolean;
    resultOn: string;
    recordedBy: string;
    /** null: not passed. */
    certification: ResultCertification | null;
  };
};

/** Published (contract InductionCompleted): personnel's probation review waits for it. */
export type InductionCompleted = {
  type: 'InductionCompleted';
  data: { memberId: string; completedOn: string; sessionId: string };
};

export type SessionEvent =
  SessionScheduled | MemberEnrolledInSession | SessionAttendanceRecorded | SessionResultRecorded | InductionCompleted;
