import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { VEHICLE_TYPES } from '@muster/contracts';
import { Text } from '@muster/platform';
import { REGISTRATION_STATUSES } from '../../domain/vehicle.commands';
import { VehicleType } from '../../domain/vehicle.events';
import { vehicleRoutes } from '../../vehicle.routes';

/** A vehicle as logistics registers it: its plate, what it is for, its make and model, its centre, its state. */
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

  @ApiProperty({ format: 'uuid', description: 'the centre it is assigned to' })
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId!: string;

  @ApiProperty({ enum: REGISTRATION_STATUSES, default: 'serviceable', required: false })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES, { message: `status must be one of: ${REGISTRATION_STATUSES.join(', ')}` })
  status?: (typeof REGISTRATION_STATUSES)[number];
}

export const RegisterVehicleRoute = vehicleRoutes.create('vehicle', {
  summary: 'Register a vehicle at a centre: its plate, its type, its make and model (serviceable unless told)',
  body: RegisterVehicleDto,
  // `type` names the command, so the vehicle's type travels as `vehicleType`; most vehicles arrive in working order.
  command: ({ type, status, ...dto }, { id }) => ({
    type: 'RegisterVehicle',
    vehicleId: id,
    vehicleType: type,
    status: status ?? 'serviceable',
    ...dto,
  }),
});
