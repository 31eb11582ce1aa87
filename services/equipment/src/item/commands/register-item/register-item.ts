import { Body } from '@nestjs/common';
import { Command as BusCommand, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ITEM_TYPES } from '@muster/contracts';
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
import { CentreId } from '../../../vehicle/commands/validation';
import { ItemType } from '../../domain/item.events';
import { itemAggregate } from '../../item.aggregate';
import { ItemController } from '../../item.routes';
import { Quantity } from '../quantity';

/** A serial-numbered item (serialNumber, quantity 1) or a counted consumable (quantity and unit). */
export class RegisterItemDto {
  @ApiProperty({ enum: ITEM_TYPES })
  @IsIn(ITEM_TYPES, { message: `type must be one of: ${ITEM_TYPES.join(', ')}` })
  type!: ItemType;

  @Text(300, { example: 'Holmatro spreader SP 4260' }) description!: string;

  @IsOptional()
  @Text(60, { required: false, nullable: true, description: 'a serial-numbered item; none: a counted consumable' })
  serialNumber?: string | null;

  @IsOptional()
  @Quantity({ required: false, default: 1 })
  quantity?: number;

  @IsOptional()
  @Text(30, { required: false, nullable: true, description: 'a consumable’s unit: pieces, boxes…' })
  unit?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'the donor of the register; none: own funds',
  })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be a UUID' })
  donorId?: string | null;

  @CentreId({ description: 'the centre whose stock it enters' }) centreId!: string;
  @IsCalendarDate() acquiredOn!: string;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 2000,
    description: 'generators: the tank, in litres',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2000)
  tankCapacityLitres?: number | null;
}

export class RegisterItem extends BusCommand<CommandResult> {
  constructor(
    readonly dto: RegisterItemDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** Application work before the command path: whether the donor register holds the donor goes into the command. */
@CommandHandler(RegisterItem)
export class RegisterItemHandler implements ICommandHandler<RegisterItem> {
  constructor(
    private readonly bus: CommandBus,
    private readonly donors: DonorRegister,
  ) {}

  async execute({ dto, ctx }: RegisterItem): Promise<CommandResult> {
    const itemId = newRecordId('item', ctx);
    const donorId = dto.donorId ?? null;
    return this.bus.execute(
      itemAggregate.command(
        itemId,
        {
          type: 'RegisterItem',
          itemId,
          itemType: dto.type,
          description: dto.description,
          serialNumber: dto.serialNumber ?? null,
          quantity: dto.quantity ?? 1,
          unit: dto.unit ?? null,
          donorId,
          donorOnRecord: await this.donors.isOnRecord(donorId),
          centreId: dto.centreId,
          acquiredOn: dto.acquiredOn,
          tankCapacityLitres: dto.tankCapacityLitres ?? null,
        },
        ctx,
      ),
    );
  }
}

@ItemController()
export class RegisterItemRoute {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute('', {
    summary: 'Register an equipment item (serial-numbered) or a counted consumable in a centre’s stock, with its donor',
    roles: ['logistics', 'admin'],
    creates: true,
  })
  register(@Body() dto: RegisterItemDto, @CommandCtx() ctx: CommandContext): Promise<CommandResult> {
    return this.bus.execute(new RegisterItem(dto, ctx));
  }
}
