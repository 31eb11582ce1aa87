import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { assertCentreScope, AuthenticatedUser, CurrentUser, inCentreScope, Roles } from '@muster/auth';
import { ITEM_TYPES } from '@muster/contracts';
import { PageOf, PageQuery } from '@muster/platform';
import { ItemErrors } from '../../domain/item.errors';
import { HOLDER_KINDS, Holder, ITEM_WRITE_OFF_REASONS } from '../../domain/item.events';
import { ItemController, ItemIdParam } from '../../item.routes';

export class ItemListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'the centre whose stock it belongs to' })
  @IsOptional()
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId?: string;

  @ApiPropertyOptional({ enum: HOLDER_KINDS })
  @IsOptional()
  @IsIn(HOLDER_KINDS, { message: `holderKind must be one of: ${HOLDER_KINDS.join(', ')}` })
  holderKind?: Holder['kind'];

  @ApiPropertyOptional({ format: 'uuid', description: 'with holderKind: what this member, centre or vehicle holds' })
  @IsOptional()
  @IsUUID('all', { message: 'holderId must be a UUID' })
  holderId?: string;
}

export class ItemHolding implements Holder {
  @ApiProperty({ enum: HOLDER_KINDS }) readonly kind!: Holder['kind'];
  @ApiProperty({ format: 'uuid', description: 'the member’s, centre’s or vehicle’s id' }) readonly id!: string;
  @ApiProperty({ type: 'integer' }) readonly quantity!: number;
}

export class ItemEntry {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ type: 'integer', description: 'its stream version' }) version!: number;
  @ApiProperty({ enum: ITEM_TYPES }) itemType!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true }) serialNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) donorId!: string | null;
  @ApiProperty({ format: 'uuid', description: 'the centre whose stock it belongs to' }) centreId!: string;
  @ApiProperty({ type: String, format: 'date' }) acquiredOn!: string;
  @ApiProperty({ type: 'integer', nullable: true }) tankCapacityLitres!: number | null;
  @ApiProperty({ type: 'integer' }) quantity!: number;
  @ApiProperty({ type: 'integer' }) inStock!: number;
  @ApiProperty() damaged!: boolean;
  @ApiProperty({ enum: ITEM_WRITE_OFF_REASONS, nullable: true, description: 'why it was written off, once it was' })
  writtenOff!: string | null;
  @ApiProperty({ type: [ItemHolding] }) holdings!: ItemHolding[];
}

export class ItemPage extends PageOf(ItemEntry) {}

const SELECT_ITEMS = `
  SELECT r.*, to_char(r.acquired_on, 'YYYY-MM-DD') AS acquired,
         coalesce((SELECT json_agg(json_build_object('kind', h.holder_kind, 'id', h.holder_id, 'quantity', h.quantity)
                                   ORDER BY h.holder_kind, h.holder_id)
                     FROM item_holdings h WHERE h.item_id = r.item_id), '[]') AS holdings
    FROM item_register r`;

type Row = Record<string, unknown> & { holdings: ItemEntry['holdings'] };

const entryOf = (r: Row): ItemEntry => ({
  itemId: r.item_id as string,
  version: r.version as number,
  itemType: r.item_type as string,
  description: r.description as string,
  serialNumber: r.serial_number as string | null,
  unit: r.unit as string | null,
  donorId: r.donor_id as string | null,
  centreId: r.centre_id as string,
  acquiredOn: r.acquired as string,
  tankCapacityLitres: r.tank_capacity_litres as number | null,
  quantity: r.quantity as number,
  inStock: r.in_stock as number,
  damaged: r.damaged as boolean,
  writtenOff: r.written_off as string | null,
  holdings: r.holdings,
});

/** Reads of the item register; a commander sees the items of their centres' stock. */
@Injectable()
export class ItemRegister {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: ItemListQuery): Promise<ItemPage> {
    if (query.centreId) assertCentreScope(user, query.centreId);
    const centres = query.centreId
      ? [query.centreId]
      : user.scope.kind === 'centres'
        ? [...user.scope.centreIds]
        : null;
    const rows = await this.dataSource.query<(Row & { total: string })[]>(
      `${SELECT_ITEMS.replace('SELECT r.*', 'SELECT r.*, count(*) OVER () AS total')}
        WHERE ($1::uuid[] IS NULL OR r.centre_id = ANY($1))
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM item_holdings h
                WHERE h.item_id = r.item_id AND h.holder_kind = $2 AND ($3::uuid IS NULL OR h.holder_id = $3)))
        ORDER BY r.item_type, r.description, r.item_id LIMIT $4 OFFSET $5`,
      [centres, query.holderKind ?? null, query.holderId ?? null, query.limit, query.offset],
    );
    return {
      items: rows.map(entryOf),
      total: Number(rows[0]?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  async get(user: AuthenticatedUser, itemId: string): Promise<ItemEntry> {
    const [row] = await this.dataSource.query<Row[]>(`${SELECT_ITEMS} WHERE r.item_id = $1`, [itemId]);
    const scope = user.scope;
    if (!row || !inCentreScope(scope, row.centre_id as string)) {
      throw ItemErrors.notFound();
    }
    return entryOf(row);
  }
}

const READERS = ['logistics', 'admin', 'auditor', 'commander'] as const;

@ItemController()
export class ItemRegisterController {
  constructor(private readonly register: ItemRegister) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Equipment items by centre, or what a member, centre or vehicle holds (commanders: theirs)',
  })
  @ApiOkResponse({ type: ItemPage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ItemListQuery): Promise<ItemPage> {
    return this.register.list(user, query);
  }

  @Get(':itemId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One item: what it is, its donor, its stock, who holds it' })
  @ApiOkResponse({ type: ItemEntry })
  get(@CurrentUser() user: AuthenticatedUser, @Param() { itemId }: ItemIdParam): Promise<ItemEntry> {
    return this.register.get(user, itemId);
  }
}
