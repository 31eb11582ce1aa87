import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Text } from '@muster/platform';
import { CHECK_KINDS, CheckKind } from '../../domain/vehicle.events';
import { actorOf } from '../../vehicle.aggregate';
import { vehicleRoutes } from '../../vehicle.routes';
import { EngineHours, IsInstant, OdometerKm } from '../validation';

export class CheckItemDto {
  @ApiProperty({ example: 'brakes' })
  @Matches(/^[a-z][a-z-]{0,59}$/, { message: 'code must be a checklist item code, e.g. brakes' })
  code!: string;

  @ApiProperty()
  @IsBoolean()
  passed!: boolean;

  @IsOptional()
  @Text(500, { required: false, example: 'Pedal soft' })
  note?: string;
}

export class RecordCheckDto {
  @ApiProperty({ enum: CHECK_KINDS })
  @IsIn(CHECK_KINDS, { message: `kind must be one of: ${CHECK_KINDS.join(', ')}` })
  kind!: CheckKind;

  @IsInstant({ example: '2026-01-15T07:00:00Z' }) performedAt!: string;
  @OdometerKm() odometerKm!: number;

  @IsOptional()
  @EngineHours({ required: false, nullable: true })
  engineHours?: number | null;

  @ApiProperty({ type: CheckItemDto, isArray: true, description: 'every item of the vehicle type’s checklist' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CheckItemDto)
  items!: CheckItemDto[];
}

export const RecordCheckRoute = vehicleRoutes.command(':vehicleId/checks', {
  summary: 'Record a daily or weekly check (a failed critical item: unserviceable at once; commanders: their centre)',
  body: RecordCheckDto,
  roles: ['logistics', 'admin', 'commander'],
  command: (dto, _params, ctx) => ({
    type: 'RecordCheck',
    kind: dto.kind,
    performedAt: dto.performedAt,
    odometerKm: dto.odometerKm,
    engineHours: dto.engineHours ?? null,
    items: dto.items.map((i) => ({ code: i.code, passed: i.passed, note: i.note ?? '' })),
    actor: actorOf(ctx),
  }),
});
