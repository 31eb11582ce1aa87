import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { Text } from '@muster/platform';
import { capacityOf, CentreDetailsDto, SiteDto, siteOf } from '../../centre.dto';
import { REGISTRATION_STATUSES, RegistrationStatus } from '../../domain/centre.events';
import { centreRoutes } from '../../centre.routes';

// A name in its own script (with digits and punctuation): a name in the other one is almost always a slip.
const ARABIC = /^(?=.*\p{Script=Arabic})[\p{Script=Arabic}\p{N}\p{P}\s]+$/u;
const LATIN = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/**
 * A centre as the organisation knows it: its code, its names in Arabic and English, its governorate, its status,
 * its type, capacity and power supply, and the site it works from.
 */
export class RegisterCentreDto extends CentreDetailsDto {
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

  @ApiProperty({
    enum: REGISTRATION_STATUSES,
    default: 'operational',
    required: false,
    description: 'planned or operational: a later status is recorded with what caused it',
  })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES, { message: `status must be one of: ${REGISTRATION_STATUSES.join(', ')}` })
  status?: RegistrationStatus;

  @ApiProperty({ type: SiteDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SiteDto)
  site!: SiteDto;
}

export const RegisterCentreRoute = centreRoutes.create('centre', {
  summary: 'Register a centre: code, names in Arabic and English, governorate, type, capacity, power, site',
  body: RegisterCentreDto,
  // Most centres enter the register already working; a planned one says so.
  command: (dto, { id }) => ({
    type: 'RegisterCentre',
    centreId: id,
    code: dto.code,
    nameAr: dto.nameAr,
    nameEn: dto.nameEn,
    governorate: dto.governorate,
    status: dto.status ?? 'operational',
    centreType: dto.centreType,
    capacity: capacityOf(dto.capacity),
    powerSupply: dto.powerSupply,
    site: siteOf(dto.site),
  }),
});
