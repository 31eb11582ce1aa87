import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { CentreId } from '../vehicle/commands/validation';
import { fuelLedgerAggregate } from './fuel-ledger.aggregate';

/** A centre's fuel ledger is named by the centre's id. */
export class FuelLedgerParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId!: string;
}

/** The ledger a command writes to: a centre's that equipment knows (its first entry opens the ledger). */
export class FuelLedgerCommandParam {
  @CentreId() centreId!: string;
}

/**
 * Fuel ledger use cases: `POST /fuel-ledgers/:centreId/<route>`, the ledger opening with its first entry.
 * Sent by logistics, admin unless a use case says otherwise.
 */
export const fuelLedgerRoutes = commandRoutes(fuelLedgerAggregate, {
  path: 'fuel-ledgers',
  tag: 'fuel',
  params: FuelLedgerCommandParam,
  idOf: (p) => p.centreId,
  roles: ['logistics', 'admin'],
});

/** A controller of fuel reads under /fuel-ledgers (versions echoed as ETag). */
export const FuelLedgerController = (): ClassDecorator => RecordController('fuel-ledgers', 'fuel');
