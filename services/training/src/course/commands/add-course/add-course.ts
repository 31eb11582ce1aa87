import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { Text } from '@muster/platform';
import { MAX_COURSE_HOURS } from '../../domain/course.commands';
import { courseRoutes } from '../../course.routes';

// A name in its own script (with digits and punctuation): a name in the other one is almost always a slip.
const ARABIC = /^(?=.*\p{Script=Arabic})[\p{Script=Arabic}\p{N}\p{P}\s]+$/u;
const LATIN = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/** A course of the catalogue: its code, its names in Arabic and English, its length in teaching hours. */
export class AddCourseDto {
  @ApiProperty({ example: 'FF-101', maxLength: 20 })
  @IsString()
  @Matches(/^(?=.{1,20}$)[A-Z0-9]+(-[A-Z0-9]+)*$/, {
    message: 'code must be up to 20 capital letters and digits, in groups joined by hyphens (e.g. FF-101)',
  })
  code!: string;

  @Text(200, { example: 'أساسيات الإطفاء' })
  @Matches(ARABIC, { message: 'nameAr must be written in Arabic' })
  nameAr!: string;

  @Text(200, { example: 'Firefighting basics' })
  @Matches(LATIN, { message: 'nameEn must be written in Latin letters' })
  nameEn!: string;

  @ApiProperty({ example: 40, minimum: 1, maximum: MAX_COURSE_HOURS })
  @IsInt()
  @Min(1)
  @Max(MAX_COURSE_HOURS)
  hours!: number;
}

export const AddCourseRoute = courseRoutes.create('course', {
  summary: 'Add a course: its code, its names in Arabic and English, its length in hours',
  body: AddCourseDto,
  command: (dto, { id }) => ({ type: 'AddCourse', courseId: id, ...dto }),
});
