import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { CENTRE_STATUSES } from '@muster/contracts';
import { Text } from '@muster/platform';
import { CentreStatus } from '../../domain/centre.events';
import { centreRoutes } from '../../centre.routes';

// A name in its own script (with digits and punctuation): a name in the other one is almost always a slip.
const ARABIC = /^(?=.*\p{Script=Arabic})[\p{Script=Arabic}\p{N}\p{P}\s]+$/u;
const LATIN = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/** A centre as the organisation knows it: its code, its names in Arabic and English, its governorate, its status. */
export class RegisterCentreDto {
  @ApiProperty({ example: 'IDL-03', maxLength: 20 })
  @IsString()
  @Matches(/^(?=.{1,20}$)[A-Z0-9]+(-[A-Z0-9]+)*$/, {
    message: 'code must be up to 20 capital letters and digits, in groups joined by hyphens (e.g. IDL-03)',
  })
  code!: string;

  @Text(200, { example: 'مركز سراقب' })
  @Matches(ARABIC, { message: 'nameAr must be written in Arabic' })
  nameAr!: string;

  @Text(200, { example: 'Saraqib Centre' })
  @Matches(LATIN, { message: 'nameEn must be written in Latin letters' })
  nameEn!: string;

  @Text(60, { example: 'Idlib' }) governorate!: string;

  @ApiProperty({ enum: CENTRE_STATUSES, default: 'operational', required: false })
  @IsOptional()
  @IsIn(CENTRE_STATUSES, { message: `status must be one of: ${CENTRE_STATUSES.join(', ')}` })
  status?: CentreStatus;
}

export const RegisterCentreRoute = centreRoutes.create('centre', {
  summary: 'Register a centre: its code, its names in Arabic and English, its governorate (operational unless told)',
  body: RegisterCentreDto,
  // Most centres enter the register already working; a planned or damaged one says so.
  command: (dto, { id }) => ({ type: 'RegisterCentre', centreId: id, ...dto, status: dto.status ?? 'operational' }),
});
