import { IsCalendarDate, Text } from '@muster/platform';
import { courseRoutes } from '../../course.routes';

export class RetireCourseDto {
  @IsCalendarDate() retiredOn!: string;
  @Text(1000, { example: 'Replaced by DD-202' }) reason!: string;
}

export const RetireCourseRoute = courseRoutes.command(':courseId/retire', {
  summary: 'Retire a course: kept in the catalogue and in the certifications it gave, but no new sessions',
  body: RetireCourseDto,
  command: (dto) => ({ type: 'RetireCourse', retiredOn: dto.retiredOn, reason: dto.reason }),
});
