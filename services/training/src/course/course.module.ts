import { Module } from '@nestjs/common';
import { courseAggregate } from './course.aggregate';
import { AddCourseController } from './commands/add-course/add-course';
import { RetireCourseRoute } from './commands/retire-course/retire-course';
import { ReviseCourseController } from './commands/revise-course/revise-course';
import { CourseCatalogue, CourseCatalogueController } from './projections/course-catalogue/course-catalogue.queries';

@Module({
  controllers: [
    CourseCatalogueController,
    // Use cases: one line each.
    AddCourseController,
    ReviseCourseController,
    RetireCourseRoute,
  ],
  providers: [courseAggregate.handler, CourseCatalogue],
  // Scheduling and enrolment read the catalogue.
  exports: [CourseCatalogue],
})
export class CourseModule {}
