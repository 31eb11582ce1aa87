import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@muster/auth';
import { PageQuery } from '@muster/platform';
import { DonorErrors } from '../../domain/donor.errors';
import { DonorKind } from '../../domain/donor.events';
import { DonorController, DonorIdParam } from '../../donor.routes';
import { DonorDetailsView } from '../../donor.views';

export class DonorEntry extends DonorDetailsView {
  @ApiProperty({ format: 'uuid' }) donorId!: string;
  @ApiProperty({ type: 'integer', description: 'its stream version' }) version!: number;
}

/** The donor register's page: its donors and how many there are (the page's limit and offset are the request's). */
export class DonorList {
  @ApiProperty({ type: [DonorEntry] }) items!: DonorEntry[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

interface Row {
  donor_id: string;
  version: number;
  name_ar: string;
  name_en: string;
  kind: DonorKind;
  country: string;
}

const entryOf = (r: Row): DonorEntry => ({
  donorId: r.donor_id,
  version: r.version,
  names: { ar: r.name_ar, en: r.name_en },
  kind: r.kind,
  country: r.country,
});

/** Reads of the donor register (donors are organisations: no personal data). */
@Injectable()
export class DonorRegister {
  constructor(private readonly dataSource: DataSource) {}

  async list({ limit, offset }: PageQuery): Promise<DonorList> {
    const rows = await this.dataSource.query<(Row & { total: string })[]>(
      `SELECT *, count(*) OVER () AS total FROM donor_register ORDER BY name_en, donor_id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return { items: rows.map(entryOf), total: Number(rows[0]?.total ?? 0) };
  }

  /** Whether the register holds the donor a record names (no donor, own funds: nothing to hold). */
  async isOnRecord(donorId: string | null): Promise<boolean> {
    if (donorId === null) return true;
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM donor_register WHERE donor_id = $1`, [donorId]);
    return rows.length > 0;
  }

  async get(donorId: string): Promise<DonorEntry> {
    const [row] = await this.dataSource.query<Row[]>(`SELECT * FROM donor_register WHERE donor_id = $1`, [donorId]);
    if (!row) throw DonorErrors.notFound();
    return entryOf(row);
  }
}

const READERS = ['logistics', 'admin', 'auditor', 'commander'] as const;

@DonorController()
export class DonorRegisterController {
  constructor(private readonly register: DonorRegister) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The donor register, by English name, paged' })
  @ApiOkResponse({ type: DonorList })
  list(@Query() query: PageQuery): Promise<DonorList> {
    return this.register.list(query);
  }

  @Get(':donorId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One donor of the register' })
  @ApiOkResponse({ type: DonorEntry })
  get(@Param() { donorId }: DonorIdParam): Promise<DonorEntry> {
    return this.register.get(donorId);
  }
}
