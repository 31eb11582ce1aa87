import { Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Roles } from '@muster/auth';
import { VEHICLE_TYPES } from '@muster/contracts';
import { ChecklistItem, checklistFor } from './domain/checklists';
import { CHECK_KINDS, CheckKind, VehicleType } from './domain/vehicle.events';
import { VehicleController } from './vehicle.routes';

export class ChecklistParams {
  @IsIn(VEHICLE_TYPES, { message: `vehicleType must be one of: ${VEHICLE_TYPES.join(', ')}` })
  vehicleType!: VehicleType;
}

export class ChecklistQuery {
  @IsIn(CHECK_KINDS, { message: `kind must be one of: ${CHECK_KINDS.join(', ')}` })
  kind!: CheckKind;
}

export class ChecklistItemView implements ChecklistItem {
  @ApiProperty() readonly code!: string;
  @ApiProperty() readonly label!: string;
  @ApiProperty() readonly critical!: boolean;
}

export class Checklist {
  @ApiProperty({ enum: VEHICLE_TYPES }) vehicleType!: VehicleType;
  @ApiProperty({ enum: CHECK_KINDS }) kind!: CheckKind;
  @ApiProperty({ type: [ChecklistItemView] }) items!: readonly ChecklistItem[];
}

/** The checklist a check of a vehicle type must cover, so that whoever records a check knows what to look at. */
@VehicleController()
export class ChecklistsController {
  @Get('checklists/:vehicleType')
  @Roles('logistics', 'admin', 'auditor', 'commander')
  @ApiOperation({ summary: 'The daily or weekly checklist of a vehicle type, critical items marked' })
  @ApiOkResponse({ type: Checklist })
  checklist(@Param() { vehicleType }: ChecklistParams, @Query() { kind }: ChecklistQuery): Checklist {
    const items: readonly ChecklistItem[] = checklistFor(vehicleType, kind);
    return { vehicleType, kind, items };
  }
}
