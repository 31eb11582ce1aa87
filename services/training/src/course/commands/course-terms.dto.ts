import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { Text } from '@muster/platform';
import { COMPETENCY, CourseTerms, MAX_COURSE_HOURS, MAX_VALIDITY_MONTHS } from '../domain/course.commands';

// A name in its own script (with digits and punctuation): a name in the other one is almost always a slip.
const ARABIC = /^(?=.*\p{Script=Arabic})[\p{Script=Arabic}\p{N}\p{P}\s]+$/u;
const LATIN = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/** The terms of a course, as added and as revised. */
export class CourseTermsDto implements CourseTerms {
  @Text(200, { example: 'القيادة الدفاعية' })
  @Matches(ARABIC, { message: 'nameAr must be written in Arabic' })
  nameAr!: string;

  @Text(200, { example: 'Defensive driving' })
  @Matches(LATIN, { message: 'nameEn must be written in Latin letters' })
  nameEn!: string;

  @ApiProperty({ example: 'defensive-driving', maxLength: 60 })
  @Matches(COMPETENCY, { message: 'competency must be lower-case words joined by hyphens, e.g. first-aid' })
  competency!: string;

  @ApiProperty({ example: 24, minimum: 1, maximum: MAX_COURSE_HOURS })
  @IsInt()
  @Min(1)
  @Max(MAX_COURSE_HOURS)
  hours!: number;

  @ApiProperty({ example: 70, minimum: 0, maximum: 100, description: 'the lowest passing score' })
  @IsInt()
  @Min(0)
  @Max(100)
  passMark!: number;

  @ApiProperty({
    type: 'integer',
    example: 24,
    nullable: true,
    minimum: 1,
    maximum: MAX_VALIDITY_MONTHS,
    description: 'null: no expiry',
  })
  @ValidateIf((_dto, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_VALIDITY_MONTHS)
  validityMonths!: number | null;

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 20, description: 'courses whose competency is required' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'prerequisites must be course ids' })
  prerequisites!: string[];

  @ApiProperty({ description: 'the induction every new member takes' })
  @IsBoolean()
  isInduction!: boolean;
}
