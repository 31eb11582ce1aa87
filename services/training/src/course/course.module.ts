import { Module } from '@nestjs/common';
import { courseAggregate } from './course.aggregate';
import { AddCourseRoute } from './commands/add-course/add-course';

@Module({
  controllers: [
    // Use cases: one line each.
    AddCourseRoute,
  ],
  providers: [courseAggregate.handler],
})
export class CourseModule {}
