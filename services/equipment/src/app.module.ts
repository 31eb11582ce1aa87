import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition, ServiceEnvironment } from '@muster/platform';
import { VehicleModule } from './vehicle/vehicle.module';
import { vehicleCatalogue } from './vehicle/domain/vehicle.catalogue';
import { VehicleRegister1767400000100 } from './vehicle/projections/vehicle-register/vehicle-register.migration';
import { vehicleRegisterProjection } from './vehicle/projections/vehicle-register/vehicle-register.projection';
import { onBaseTransferCancelled } from './vehicle/reactions/on-base-transfer-cancelled';
import { onBaseTransferStarted } from './vehicle/reactions/on-base-transfer-started';
import { DonorModule } from './donor/donor.module';
import { donorCatalogue } from './donor/domain/donor.catalogue';
import { DonorRegister1767400000200 } from './donor/projections/donor-register/donor-register.migration';
import { donorRegisterProjection } from './donor/projections/donor-register/donor-register.projection';
import { FuelLedgerModule } from './fuel-ledger/fuel-ledger.module';
import { fuelLedgerCatalogue } from './fuel-ledger/domain/fuel-ledger.catalogue';
import { FuelLedgerRegister1767400000300 } from './fuel-ledger/projections/fuel-ledger-register/fuel-ledger-register.migration';
import { FuelRunningStats1767400000700 } from './fuel-ledger/projections/fuel-ledger-register/fuel-running-stats.migration';
import { FuelStatsMerged1767400000800 } from './fuel-ledger/projections/fuel-ledger-register/fuel-stats-merged.migration';
import { fuelLedgerRegisterProjection } from './fuel-ledger/projections/fuel-ledger-register/fuel-ledger-register.projection';
import { fuelTypeStatsProjection } from './fuel-ledger/projections/fuel-ledger-register/fuel-type-stats.projection';
import { ItemModule } from './item/item.module';
import { itemCatalogue } from './item/domain/item.catalogue';
import { RecoveryModule } from './recovery/recovery.module';
import { recoveryCatalogue } from './recovery/domain/recovery.catalogue';
import { ItemRegister1767400000400 } from './item/projections/item-register/item-register.migration';
import { itemRegisterProjection } from './item/projections/item-register/item-register.projection';
import { Recoveries1767400000500 } from './recovery/projections/recoveries/recoveries.migration';
import { recoveriesProjection } from './recovery/projections/recoveries/recoveries.projection';
import { DonorTraceability1767400000600 } from './donor/projections/donor-traceability/donor-traceability.migration';
import { DonorTraceLast1767400000900 } from './donor/projections/donor-traceability/donor-trace-last.migration';
import { DonorTraceSerial1767400001000 } from './donor/projections/donor-traceability/donor-trace-serial.migration';
import {
  donorFuelTraceProjection,
  donorItemTraceProjection,
  donorVehicleTraceProjection,
} from './donor/projections/donor-traceability/donor-traceability.projection';
import { onItemAccountedFor } from './recovery/reactions/on-item-accounted-for';
import { onMemberDeparted } from './recovery/reactions/on-member-departed';
import { onMemberKilled } from './recovery/reactions/on-member-killed';

export const equipmentService: ServiceDefinition = {
  name: 'equipment',
  title: 'Vehicles and equipment: assignments, movements between centres, fuel, damage, repairs and inspections.',
  defaultPort: SERVICE_PORTS.equipment,
  environment: ServiceEnvironment,
  migrations: [
    VehicleRegister1767400000100,
    DonorRegister1767400000200,
    FuelLedgerRegister1767400000300,
    ItemRegister1767400000400,
    Recoveries1767400000500,
    DonorTraceability1767400000600,
    FuelRunningStats1767400000700,
    FuelStatsMerged1767400000800,
    DonorTraceLast1767400000900,
    DonorTraceSerial1767400001000,
  ],
  catalogues: [vehicleCatalogue, donorCatalogue, fuelLedgerCatalogue, itemCatalogue, recoveryCatalogue],
  appendHooks: () => [
    vehicleRegisterProjection,
    donorRegisterProjection,
    fuelLedgerRegisterProjection,
    itemRegisterProjection,
    recoveriesProjection,
    // After the registers: the traces read their rows as this event left them.
    donorVehicleTraceProjection,
    donorItemTraceProjection,
    donorFuelTraceProjection,
  ],
  catchUpProjections: [fuelTypeStatsProjection],
  reactions: [onBaseTransferStarted, onBaseTransferCancelled, onMemberKilled, onMemberDeparted, onItemAccountedFor],
  knowsCentres: true,
};

@Module({
  imports: [
    PlatformModule.forService(equipmentService),
    VehicleModule,
    DonorModule,
    FuelLedgerModule,
    ItemModule,
    RecoveryModule,
  ],
})
export class AppModule {}
