import { ApiProperty } from '@nestjs/swagger';
import { DONOR_KINDS, DonorDetails, DonorKind, DonorNames } from './domain/donor.events';

// The domain's value types are pure TypeScript (no framework in domain/): these classes document them as the donor
// reads answer them, and `implements` keeps each in step with its domain type.

export class DonorNamesView implements DonorNames {
  @ApiProperty() readonly ar!: string;
  @ApiProperty() readonly en!: string;
}

export class DonorDetailsView implements DonorDetails {
  @ApiProperty({ type: DonorNamesView }) readonly names!: DonorNames;
  @ApiProperty({ enum: DONOR_KINDS }) readonly kind!: DonorKind;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2, upper case' }) readonly country!: string;
}
