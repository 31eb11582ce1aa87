import { Module } from '@nestjs/common';
import { DonorModule } from '../donor/donor.module';
import { vehicleAggregate } from './vehicle.aggregate';
import { ArriveVehicleRoute } from './commands/arrive-vehicle/arrive-vehicle';
import { CloseRepairOrderRoute } from './commands/close-repair-order/close-repair-order';
import { CorrectOdometerRoute } from './commands/correct-odometer/correct-odometer';
import { DeclareUnserviceableRoute } from './commands/declare-unserviceable/declare-unserviceable';
import { DispatchVehicleRoute } from './commands/dispatch-vehicle/dispatch-vehicle';
import { DivertVehicleRoute } from './commands/divert-vehicle/divert-vehicle';
import { OpenRepairOrderRoute } from './commands/open-repair-order/open-repair-order';
import { RecordCheckRoute } from './commands/record-check/record-check';
import { RecordDamageRoute } from './commands/record-damage/record-damage';
import { RecordRepairWorkHandler, RecordRepairWorkRoute } from './commands/record-repair-work/record-repair-work';
import { RecordServiceRoute } from './commands/record-service/record-service';
import { RegisterVehicleHandler, RegisterVehicleRoute } from './commands/register-vehicle/register-vehicle';
import { ReturnToServiceRoute } from './commands/return-to-service/return-to-service';
import { ReturnVehicleToOriginRoute } from './commands/return-vehicle-to-origin/return-vehicle-to-origin';
import { WriteOffVehicleRoute } from './commands/write-off-vehicle/write-off-vehicle';
import { VehicleProfileController, VehicleProfiles } from './projections/vehicle-profile/vehicle-profile.queries';
import { VehicleRegister, VehicleRegisterController } from './projections/vehicle-register/vehicle-register.queries';
import { ChecklistsController } from './checklists.controller';

@Module({
  imports: [DonorModule],
  // The fixed paths /vehicles/service-due and /vehicles/checklists/… are registered before /vehicles/:vehicleId.
  controllers: [
    VehicleRegisterController,
    ChecklistsController,
    VehicleProfileController,
    // Use cases: one line each.
    RegisterVehicleRoute,
    DispatchVehicleRoute,
    ArriveVehicleRoute,
    DivertVehicleRoute,
    ReturnVehicleToOriginRoute,
    CorrectOdometerRoute,
    RecordDamageRoute,
    OpenRepairOrderRoute,
    RecordRepairWorkRoute,
    CloseRepairOrderRoute,
    RecordCheckRoute,
    RecordServiceRoute,
    DeclareUnserviceableRoute,
    ReturnToServiceRoute,
    WriteOffVehicleRoute,
  ],
  providers: [
    vehicleAggregate.handler,
    RegisterVehicleHandler,
    RecordRepairWorkHandler,
    VehicleRegister,
    VehicleProfiles,
  ],
})
export class VehicleModule {}
