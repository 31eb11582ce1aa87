import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { Text } from '@muster/platform';
import { IsInstant } from '../../../vehicle/commands/validation';
import { fuelLedgerRoutes } from '../../fuel-ledger.routes';

const OUTCOMES = ['cleared', 'confirmed'] as const;

export class ReviewFuelFlagDto {
  @ApiProperty({ format: 'uuid', description: 'the flagged issue' })
  @IsUUID('all', { message: 'issueId must be a UUID' })
  issueId!: string;

  @ApiProperty({ enum: OUTCOMES, description: 'cleared: explained; confirmed: a loss to follow up' })
  @IsIn(OUTCOMES, { message: `outcome must be one of: ${OUTCOMES.join(', ')}` })
  outcome!: (typeof OUTCOMES)[number];

  @Text(1000, { example: 'The driver filled two jerrycans for the generator at the collapsed building' })
  note!: string;

  @IsInstant() reviewedAt!: string;
}

export const ReviewFuelFlagRoute = fuelLedgerRoutes.command(':centreId/flag-reviews', {
  summary: 'Review a flagged fuel issue: clear it (explained) or confirm it (a loss), saying what was found',
  body: ReviewFuelFlagDto,
  command: (dto) => ({ type: 'ReviewFuelFlag', ...dto }),
});
