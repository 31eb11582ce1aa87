import { Body } from '@nestjs/common';
import { Command as BusCommand, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import {
  CommandContext,
  CommandCtx,
  CommandResult,
  CommandRoute,
  IsCalendarDate,
  newRecordId,
  RecordController,
  Text,
} from '@muster/platform';
import { CentreProfiles } from '../../../centre/projections/centre-profile/centre-profile.queries';
import { baseTransferAggregate } from '../../base-transfer.aggregate';

export class PlanBaseTransferDto {
  @ApiProperty({ format: 'uuid', description: 'The centre the team leaves' })
  @IsUUID('all')
  fromCentreId!: string;

  @ApiProperty({ format: 'uuid', description: 'The centre the team joins (an existing one, or one made for it)' })
  @IsUUID('all')
  toCentreId!: string;

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 10_000, description: 'Members (personnel) who move' })
  @IsArray()
  @ArrayMaxSize(10_000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 1000, description: 'Vehicles (equipment) that move' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  vehicleIds!: string[];

  @IsCalendarDate() plannedOn!: string;

  @Text(1000, { example: 'The team moves into the former military outpost and fire station in Aleppo' })
  reason!: string;
}

export class PlanBaseTransfer extends BusCommand<CommandResult> {
  constructor(
    readonly dto: PlanBaseTransferDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** Application work before the command path: what the register knows of the two centres goes into the command. */
@CommandHandler(PlanBaseTransfer)
export class PlanBaseTransferHandler implements ICommandHandler<PlanBaseTransfer> {
  constructor(
    private readonly bus: CommandBus,
    private readonly centres: CentreProfiles,
  ) {}

  async execute({ dto, ctx }: PlanBaseTransfer): Promise<CommandResult> {
    const transferId = newRecordId('base-transfer', ctx);
    const centres = Object.fromEntries(await this.centres.statuses([dto.fromCentreId, dto.toCentreId]));
    return this.bus.execute(
      baseTransferAggregate.command(transferId, { type: 'PlanBaseTransfer', transferId, ...dto, centres }, ctx),
    );
  }
}

@RecordController('base-transfers', 'base transfers')
export class PlanBaseTransferController {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute('', {
    summary: 'Plan a base transfer: members and vehicles moving from one centre to another, when, and why',
    roles: ['logistics', 'admin'],
    creates: true,
  })
  plan(@Body() dto: PlanBaseTransferDto, @CommandCtx() ctx: CommandContext): Promise<CommandResult> {
    return this.bus.execute(new PlanBaseTransfer(dto, ctx));
  }
}
