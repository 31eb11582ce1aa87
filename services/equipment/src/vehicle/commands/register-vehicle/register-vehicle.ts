import { Body } from '@nestjs/common';
import { Command as BusCommand, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { VEHICLE_TYPES } from '@muster/contracts';
import {
  CommandContext,
  CommandCtx,
  CommandResult,
  CommandRoute,
  IsCalendarDate,
  newRecordId,
  Text,
} from '@muster/platform';
import { DonorRegister } from '../../../donor/projections/donor-register/donor-register.queries';
import { REGISTRATION_STATUSES } from '../../domain/vehicle.commands';
import { FUEL_TYPES, FuelType, VehicleType } from '../../domain/vehicle.events';
import { vehicleAggregate } from '../../vehicle.aggregate';
import { VehicleController } from '../../vehicle.routes';
import { CentreId, EngineHours, OdometerKm } from '../validation';

/** A vehicle as logistics registers it: what it is, where it came from, its fuel and service, its centre, its state. */
export class RegisterVehicleDto {
  @ApiProperty({ example: 'إدلب 123456', maxLength: 20 })
  @IsString()
  @Matches(/^(?=.{1,20}$)[\p{L}\p{N}]+([ -][\p{L}\p{N}]+)*$/u, {
    message: 'plate must be up to 20 letters and digits, in groups separated by one space or hyphen',
  })
  plate!: string;

  @ApiProperty({ enum: VEHICLE_TYPES })
  @IsIn(VEHICLE_TYPES, { message: `type must be one of: ${VEHICLE_TYPES.join(', ')}` })
  type!: VehicleType;

  @Text(60, { example: 'Mercedes-Benz' }) make!: string;
  @Text(60, { example: 'Atego 1530' }) model!: string;

  @CentreId({ description: 'the centre it is assigned to' }) centreId!: string;

  @ApiProperty({ enum: REGISTRATION_STATUSES, default: 'serviceable', required: false })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES, { message: `status must be one of: ${REGISTRATION_STATUSES.join(', ')}` })
  status?: (typeof REGISTRATION_STATUSES)[number];

  @IsOptional()
  @Text(500, { required: false, nullable: true, description: 'why it is unserviceable: required with that status' })
  statusReason?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'WDB9700561L123456',
    description: 'ISO 3779: 11–17 characters',
  })
  @IsOptional()
  @Matches(/^[A-HJ-NPR-Z0-9]{11,17}$/i, { message: 'vin must be 11–17 letters and digits, without I, O or Q' })
  vin?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1950,
    maximum: 2100,
    example: 2012,
    description: 'model year',
  })
  @IsOptional()
  @IsInt()
  @Min(1950)
  @Max(2100)
  year?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'the donor of the donor register; none: own funds',
  })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be a UUID' })
  donorId?: string | null;

  @IsCalendarDate() acquiredOn!: string;

  @OdometerKm({ description: 'the odometer when it entered the register' }) odometerKm!: number;

  @IsOptional()
  @EngineHours({ required: false, nullable: true, description: 'the hour meter, if it has one' })
  engineHours?: number | null;

  @ApiProperty({ enum: FUEL_TYPES })
  @IsIn(FUEL_TYPES, { message: `fuelType must be one of: ${FUEL_TYPES.join(', ')}` })
  fuelType!: FuelType;

  @ApiProperty({ minimum: 1, maximum: 2000, example: 200 })
  @IsInt()
  @Min(1)
  @Max(2000)
  tankCapacityLitres!: number;

  @ApiProperty({ minimum: 500, maximum: 100_000, example: 10_000, description: 'a service every … km' })
  @IsInt()
  @Min(500)
  @Max(100_000)
  serviceIntervalKm!: number;

  @ApiProperty({ minimum: 1, maximum: 60, example: 6, description: '… or every … months, whichever comes first' })
  @IsInt()
  @Min(1)
  @Max(60)
  serviceIntervalMonths!: number;
}

export class RegisterVehicle extends BusCommand<CommandResult> {
  constructor(
    readonly dto: RegisterVehicleDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** Application work before the command path: whether the donor register holds the donor goes into the command. */
@CommandHandler(RegisterVehicle)
export class RegisterVehicleHandler implements ICommandHandler<RegisterVehicle> {
  constructor(
    private readonly bus: CommandBus,
    private readonly donors: DonorRegister,
  ) {}

  async execute({ dto, ctx }: RegisterVehicle): Promise<CommandResult> {
    const vehicleId = newRecordId('vehicle', ctx);
    const donorId = dto.donorId ?? null;
    const donorOnRecord = await this.donors.isOnRecord(donorId);
    // `type` names the command, so the vehicle's type travels as `vehicleType`; most vehicles arrive in working order.
    return this.bus.execute(
      vehicleAggregate.command(
        vehicleId,
        {
          type: 'RegisterVehicle',
          vehicleId,
          plate: dto.plate,
          vehicleType: dto.type,
          make: dto.make,
          model: dto.model,
          centreId: dto.centreId,
          status: dto.status ?? 'serviceable',
          statusReason: dto.statusReason ?? null,
          vin: dto.vin ?? null,
          year: dto.year ?? null,
          donorId,
          donorOnRecord,
          acquiredOn: dto.acquiredOn,
          odometerKm: dto.odometerKm,
          engineHours: dto.engineHours ?? null,
          fuelType: dto.fuelType,
          tankCapacityLitres: dto.tankCapacityLitres,
          serviceInterval: { km: dto.serviceIntervalKm, months: dto.serviceIntervalMonths },
        },
        ctx,
      ),
    );
  }
}

@VehicleController()
export class RegisterVehicleRoute {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute('', {
    summary: 'Register a vehicle at a centre: what it is, its donor, its fuel and service interval, its readings',
    roles: ['logistics', 'admin'],
    creates: true,
  })
  register(@Body() dto: RegisterVehicleDto, @CommandCtx() ctx: CommandContext): Promise<CommandResult> {
    return this.bus.execute(new RegisterVehicle(dto, ctx));
  }
}
