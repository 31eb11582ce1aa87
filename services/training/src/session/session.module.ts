import { Module } from '@nestjs/common';
import { CertificationModule } from '../certification/certification.module';
import { CourseModule } from '../course/course.module';
import { EnrolMemberController } from './commands/enrol-member/enrol-member';
import { RecordAttendanceRoute } from './commands/record-attendance/record-attendance';
import { RecordResultController } from './commands/record-result/record-result';
import { ScheduleSessionController } from './commands/schedule-session/schedule-session';
import { SessionRegister, SessionRegisterController } from './projections/session-register/session-register.queries';
import { sessionAggregate } from './session.aggregate';

@Module({
  imports: [CourseModule, CertificationModule],
  controllers: [
    SessionRegisterController,
    // Use cases: one line each.
    ScheduleSessionController,
    EnrolMemberController,
    RecordAttendanceRoute,
    RecordResultController,
  ],
  providers: [sessionAggregate.handler, SessionRegister],
})
export class SessionModule {}
