import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, Matches, ValidateNested } from 'class-validator';
import { Text } from '@muster/platform';
import { DONOR_KINDS, DonorKind } from '../domain/donor.events';

export class DonorNamesDto {
  @Text(200, { example: 'الهلال الأحمر القطري' }) ar!: string;
  @Text(200, { example: 'Qatar Red Crescent' }) en!: string;
}

/** A donor as logistics records it, and corrects it (the whole set each time). */
export class DonorDetailsDto {
  @ApiProperty({ type: DonorNamesDto, description: 'its name in Arabic and in English' })
  @IsObject()
  @ValidateNested()
  @Type(() => DonorNamesDto)
  names!: DonorNamesDto;

  @ApiProperty({ enum: DONOR_KINDS })
  @IsIn(DONOR_KINDS, { message: `kind must be one of: ${DONOR_KINDS.join(', ')}` })
  kind!: DonorKind;

  @ApiProperty({ example: 'QA', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code, e.g. QA' })
  country!: string;
}
