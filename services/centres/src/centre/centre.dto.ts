import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsLatitude, IsLongitude, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Text } from '@muster/platform';
import { Capacity, CENTRE_TYPES, CentreType, POWER_SUPPLIES, PowerSupply, Site } from './domain/centre.events';

// Request shapes shared by several centre use cases.

export class CoordinatesDto {
  @ApiProperty({ example: 36.2021 }) @IsLatitude() latitude!: number;
  @ApiProperty({ example: 37.1343 }) @IsLongitude() longitude!: number;
}

export class SiteDto {
  @Text(300, { example: 'Former fire station, Al-Shaar, Aleppo' }) address!: string;

  @ApiPropertyOptional({ type: CoordinatesDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatesDto)
  coordinates?: CoordinatesDto | null;
}

export const siteOf = (dto: SiteDto): Site => ({
  address: dto.address,
  coordinates: dto.coordinates ? { latitude: dto.coordinates.latitude, longitude: dto.coordinates.longitude } : null,
});

export class CapacityDto {
  @ApiProperty({ minimum: 0, maximum: 10_000, description: 'people the centre can host on shift' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  people!: number;

  @ApiProperty({ minimum: 0, maximum: 1000 })
  @IsInt()
  @Min(0)
  @Max(1000)
  vehicleBays!: number;
}

/** Type, capacity and power supply: given at registration, corrected later. */
export class CentreDetailsDto {
  @ApiProperty({ enum: CENTRE_TYPES })
  @IsIn(CENTRE_TYPES, { message: `centreType must be one of: ${CENTRE_TYPES.join(', ')}` })
  centreType!: CentreType;

  @ApiProperty({ type: CapacityDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CapacityDto)
  capacity!: CapacityDto;

  @ApiProperty({ enum: POWER_SUPPLIES })
  @IsIn(POWER_SUPPLIES, { message: `powerSupply must be one of: ${POWER_SUPPLIES.join(', ')}` })
  powerSupply!: PowerSupply;
}

export const capacityOf = (dto: CapacityDto): Capacity => ({ people: dto.people, vehicleBays: dto.vehicleBays });
