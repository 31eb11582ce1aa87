import { Get, Injectable, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { baseTransferAggregate } from '../base-transfer.aggregate';
import { BaseTransferController, BaseTransferIdParam } from '../base-transfer.routes';
import { BaseTransferErrors } from '../domain/base-transfer.errors';
import { TransferPlan } from '../domain/base-transfer.events';
import { BaseTransferState, BaseTransferStatus, vehicleProgress, VehicleProgress } from '../domain/base-transfer.state';

export class TransferVehicle {
  @ApiProperty({ format: 'uuid' }) vehicleId!: string;
  @ApiProperty({ enum: ['awaited', 'arrived', 'withdrawn'] }) progress!: VehicleProgress;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) arrivedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'equipment’s reason for withdrawing it' })
  withdrawnFor!: string | null;
}

export class TransferVehicleCounts implements Record<VehicleProgress, number> {
  @ApiProperty({ type: 'integer' }) awaited!: number;
  @ApiProperty({ type: 'integer' }) arrived!: number;
  @ApiProperty({ type: 'integer' }) withdrawn!: number;
}

export class TransferCancellation {
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'date' }) cancelledOn!: string;
}

/** A base transfer and how far it got: each vehicle awaited, arrived or withdrawn. */
export class BaseTransferProgress {
  @ApiProperty({ format: 'uuid' }) transferId!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ enum: ['planned', 'started', 'completed', 'cancelled'] }) status!: BaseTransferStatus;
  @ApiProperty({ format: 'uuid' }) fromCentreId!: string;
  @ApiProperty({ format: 'uuid' }) toCentreId!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) memberIds!: string[];
  @ApiProperty({ type: String, format: 'date' }) plannedOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startedOn!: string | null;
  @ApiProperty({ type: [TransferVehicle] }) vehicles!: TransferVehicle[];
  @ApiProperty({ type: TransferVehicleCounts, description: 'vehicles awaited, arrived and withdrawn' })
  counts!: TransferVehicleCounts;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveOn!: string | null;
  @ApiProperty({ type: TransferCancellation, nullable: true }) cancellation!: TransferCancellation | null;
}

/** The progress view of a planned transfer's state: shared by a transfer's read and the list. */
export function progressOf(
  transferId: string,
  version: number,
  state: BaseTransferState,
  plan: TransferPlan,
): BaseTransferProgress {
  const vehicles = vehicleProgress(state).map(({ vehicleId, progress }) => ({
    vehicleId,
    progress,
    arrivedAt: progress === 'arrived' ? (state.arrivals[vehicleId]?.arrivedAt ?? null) : null,
    withdrawnFor: state.withdrawn[vehicleId] ?? null,
  }));
  const count = (p: VehicleProgress) => vehicles.filter((v) => v.progress === p).length;
  return {
    transferId,
    version,
    status: state.status,
    fromCentreId: plan.fromCentreId,
    toCentreId: plan.toCentreId,
    memberIds: [...plan.memberIds],
    plannedOn: plan.plannedOn,
    reason: plan.reason,
    startedOn: state.startedOn,
    vehicles,
    counts: { awaited: count('awaited'), arrived: count('arrived'), withdrawn: count('withdrawn') },
    effectiveOn: state.effectiveOn,
    cancellation: state.cancellation,
  };
}

/** A transfer's progress, folded from its stream (a few events per vehicle: no read model needed). */
@Injectable()
export class BaseTransferProgresses {
  constructor(private readonly store: PostgresEventStore) {}

  /** Commanders see the transfers of their centres (leaving or receiving) only; any other answers as unknown. */
  async progress(user: AuthenticatedUser, transferId: string): Promise<BaseTransferProgress> {
    const { state, version } = await baseTransferAggregate.load(this.store, transferId);
    const { plan } = state;
    const { scope } = user;
    const inScope =
      scope.kind === 'all' ||
      (plan !== null && [plan.fromCentreId, plan.toCentreId].some((c) => scope.centreIds.includes(c)));
    // A stream holding only equipment's news for a transfer never planned here is no transfer yet.
    if (plan === null || !inScope) throw BaseTransferErrors.notFound();
    return progressOf(transferId, version, state, plan);
  }
}

@BaseTransferController()
export class BaseTransferProgressController {
  constructor(private readonly transfers: BaseTransferProgresses) {}

  @Get(':baseTransferId')
  @Roles('logistics', 'hr', 'admin', 'auditor', 'commander')
  @ApiOperation({ summary: 'A base transfer’s plan and progress: each vehicle awaited, arrived or withdrawn' })
  @ApiOkResponse({ type: BaseTransferProgress })
  progress(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { baseTransferId }: BaseTransferIdParam,
  ): Promise<BaseTransferProgress> {
    return this.transfers.progress(user, baseTransferId);
  }
}
