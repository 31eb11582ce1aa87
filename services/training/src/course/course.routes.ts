import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { courseAggregate } from './course.aggregate';

export class CourseIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'courseId must be a UUID' })
  courseId!: string;
}

/**
 * Course use cases: `POST /courses` creates one, `POST /courses/:courseId/<route>` changes one.
 * Sent by training, admin unless a use case says otherwise.
 */
export const courseRoutes = commandRoutes(courseAggregate, {
  path: 'courses',
  tag: 'courses',
  params: CourseIdParam,
  idOf: (p) => p.courseId,
  roles: ['training', 'admin'],
});

/** A controller of course reads under /courses (versions echoed as ETag). */
export const CourseController = (): ClassDecorator => RecordController('courses', 'courses');
