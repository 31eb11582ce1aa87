import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';

/** A vetting decision, the same for a direct applicant and for a person of an integrated crew. */
export class VettingDto {
  @ApiProperty({ enum: ['cleared', 'rejected'] })
  @IsIn(['cleared', 'rejected'])
  outcome!: 'cleared' | 'rejected';

  @IsCalendarDate() vettedOn!: string;

  @IsOptional()
  @Text(2000, { required: false })
  notes?: string;
}
