import { ApiProperty } from '@nestjs/swagger';
import { IsoDate, RecordedOf } from '@muster/event-sourcing';
import { ItemEvent } from '../../../item/domain/item.events';
import { VehicleEvent } from '../../../vehicle/domain/vehicle.events';

export class AssetDamage {
  @ApiProperty() readonly cause!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly occurredOn!: IsoDate;
}

export class AssetFate {
  @ApiProperty() readonly reason!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly on!: IsoDate;
  @ApiProperty() readonly evidenceRef!: string;
}

/**
 * What a donor asks of an asset it funded, as it stood after one of the asset's events: where it is, in what state,
 * what happened to it so far (moves, damage, repairs and their cost, fuel), and its fate. One such trace per event is
 * kept, so the report on any past date is one indexed read per asset — never a replay.
 */
export class AssetTrace {
  @ApiProperty({ format: 'uuid' }) readonly centreId!: string;
  @ApiProperty() readonly status!: string;
  /** A vehicle on its way; an item's holders' count. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'a vehicle on its way' })
  readonly destinationCentreId!: string | null;
  @ApiProperty({ type: 'number', nullable: true }) readonly odometerKm!: number | null;
  @ApiProperty({ type: 'integer' }) readonly moves!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly lastMoveAt!: string | null;
  @ApiProperty({ type: 'integer' }) readonly damage!: number;
  @ApiProperty({ type: AssetDamage, nullable: true }) readonly lastDamage!: AssetDamage | null;
  @ApiProperty({ type: 'integer' }) readonly repairOrders!: number;
  @ApiProperty({ type: 'integer' }) readonly repairsClosed!: number;
  /** By ISO 4217 currency. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'by ISO 4217 currency' })
  readonly repairCost!: Readonly<Record<string, number>>;
  @ApiProperty({ type: 'integer' }) readonly fuelIssues!: number;
  @ApiProperty() readonly fuelLitres!: number;
  /** Items: how many there are, and how many are out with holders. */
  @ApiProperty({ type: 'number', nullable: true, description: 'items: how many there are' })
  readonly quantity!: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'items: how many are out with holders' })
  readonly issued!: number | null;
  @ApiProperty({ type: AssetFate, nullable: true }) readonly fate!: AssetFate | null;
}

export const emptyTrace = (centreId: string): AssetTrace => ({
  centreId,
  status: 'serviceable',
  destinationCentreId: null,
  odometerKm: null,
  moves: 0,
  lastMoveAt: null,
  damage: 0,
  lastDamage: null,
  repairOrders: 0,
  repairsClosed: 0,
  repairCost: {},
  fuelIssues: 0,
  fuelLitres: 0,
  quantity: null,
  issued: null,
  fate: null,
});

/** The vehicle register's row after the event, as the trace needs it. */
export interface VehicleNow {
  readonly centreId: string;
  readonly status: string;
  readonly destinationCentreId: string | null;
  readonly odometerKm: number | null;
}

/** A vehicle's trace after one of its events: its place and state from the register, its counters from the event. */
export function vehicleTrace(prev: AssetTrace, event: RecordedOf<VehicleEvent>, now: VehicleNow): AssetTrace {
  const next = { ...prev, ...now };
  switch (event.type) {
    case 'VehicleDispatched':
      return { ...next, moves: prev.moves + 1, lastMoveAt: event.data.dispatchedAt };
    case 'VehicleArrived':
      return {
        ...next,
        moves: event.data.dispatchRecorded ? prev.moves : prev.moves + 1,
        lastMoveAt: event.data.arrivedAt,
      };
    case 'VehicleDamaged':
      return {
        ...next,
        damage: prev.damage + 1,
        lastDamage: { cause: event.data.cause, occurredOn: event.data.occurredOn },
      };
    case 'VehicleRepairOrderOpened':
      return { ...next, repairOrders: prev.repairOrders + 1 };
    case 'VehicleRepairOrderClosed':
      return { ...next, repairsClosed: prev.repairsClosed + 1 };
    case 'VehicleRepairWorkRecorded': {
      const { currency, totalCost } = event.data;
      const cost = Math.round(((prev.repairCost[currency] ?? 0) + totalCost) * 100) / 100;
      return { ...next, repairCost: { ...prev.repairCost, [currency]: cost } };
    }
    case 'VehicleWrittenOff': {
      const { reason, writtenOffOn, evidenceRef } = event.data;
      return { ...next, fate: { reason, on: writtenOffOn, evidenceRef } };
    }
    default:
      return next;
  }
}

/** The item register's row after the event, as the trace needs it. */
export interface ItemNow {
  readonly centreId: string;
  readonly quantity: number;
  readonly inStock: number;
  readonly damaged: boolean;
}

export function itemTrace(prev: AssetTrace, event: RecordedOf<ItemEvent>, now: ItemNow): AssetTrace {
  const next: AssetTrace = {
    ...prev,
    centreId: now.centreId,
    status: now.quantity === 0 ? 'written-off' : now.damaged ? 'damaged' : 'in-service',
    quantity: now.quantity,
    issued: now.quantity - now.inStock,
  };
  switch (event.type) {
    case 'ItemIssued':
    case 'ItemReturned':
      return { ...next, moves: prev.moves + 1, lastMoveAt: event.recordedAt };
    case 'ItemDamaged':
      return { ...next, damage: prev.damage + 1, lastDamage: { cause: 'damage', occurredOn: event.data.occurredOn } };
    case 'ItemWrittenOff': {
      const { reason, writtenOffOn, evidenceRef } = event.data;
      return now.quantity === 0 ? { ...next, fate: { reason, on: writtenOffOn, evidenceRef } } : next;
    }
    default:
      return next;
  }
}
