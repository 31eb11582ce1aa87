import { Get, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@muster/auth';
import { dateOf, IsoDate } from '@muster/event-sourcing';
import { AsOfQuery, asOfInstant } from '@muster/platform';
import { RoleParam, RoleRequirementsController } from '../../role-requirements.routes';

export class RoleRequirementsView {
  @ApiProperty() role!: string;
  @ApiProperty({ type: [String] }) competencies!: string[];
  /** The first day in force; null: the default, in force since always. */
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'null: the default, in force since always',
  })
  from!: IsoDate | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the first day no longer in force' })
  until!: IsoDate | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) setBy!: string | null;
}

export class RoleRequirementsList {
  @ApiProperty({ type: [RoleRequirementsView] }) items!: RoleRequirementsView[];
}

interface Row {
  role: string;
  competencies: string[];
  valid_from: string;
  valid_until: string | null;
  reason: string | null;
  set_by: string | null;
}

const COLUMNS = `role, competencies, valid_from::text, valid_until::text, reason, set_by`;

const viewOf = (r: Row): RoleRequirementsView => ({
  role: r.role,
  competencies: r.competencies,
  from: r.valid_from === '-infinity' ? null : r.valid_from,
  until: r.valid_until,
  reason: r.reason,
  setBy: r.set_by,
});

/** Reads of `role_requirements`. */
@Injectable()
export class RoleRequirements {
  constructor(private readonly dataSource: DataSource) {}

  /** What every role required on a day. */
  async on(day: IsoDate): Promise<RoleRequirementsView[]> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT ${COLUMNS} FROM role_requirements
        WHERE valid_from <= $1::date AND (valid_until IS NULL OR valid_until > $1::date) ORDER BY role`,
      [day],
    );
    return rows.map(viewOf);
  }

  /** Every version of one role's requirements, the oldest first (planned ones included). */
  async history(role: string): Promise<RoleRequirementsView[]> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT ${COLUMNS} FROM role_requirements WHERE role = $1 ORDER BY valid_from`,
      [role],
    );
    return rows.map(viewOf);
  }
}

const READERS = ['training', 'admin', 'hr', 'commander', 'auditor'] as const;

@RoleRequirementsController()
export class RoleRequirementsReadController {
  constructor(private readonly requirements: RoleRequirements) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The competencies each member role requires, today or on a past date' })
  @ApiOkResponse({ type: RoleRequirementsList })
  async all(@Query() query: AsOfQuery): Promise<RoleRequirementsList> {
    return { items: await this.requirements.on(dateOf(query.asOf ? asOfInstant(query.asOf) : new Date())) };
  }

  @Get(':role/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every version of a role’s requirements, from the default on' })
  @ApiOkResponse({ type: RoleRequirementsList })
  async history(@Param() params: RoleParam): Promise<RoleRequirementsList> {
    return { items: await this.requirements.history(params.role) };
  }
}
