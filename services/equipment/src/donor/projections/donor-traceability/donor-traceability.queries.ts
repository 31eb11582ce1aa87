import { Controller, Get, Header, Injectable, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@muster/auth';
import { fold } from '@muster/event-sourcing';
import { PostgresEventStore } from '@muster/event-store';
import { AsOfQuery, asOfInstant, csvLine } from '@muster/platform';
import { donorCatalogue } from '../../domain/donor.catalogue';
import { donorDecider } from '../../domain/donor.decider';
import { DonorErrors } from '../../domain/donor.errors';
import { DonorDetails } from '../../domain/donor.events';
import { DonorIdParam } from '../../donor.routes';
import { DonorDetailsView } from '../../donor.views';
import { AssetTrace } from './asset-trace';

export class TracedAsset extends AssetTrace {
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty({ enum: ['vehicle', 'item'] }) kind!: 'vehicle' | 'item';
  /** What it is: a vehicle's type, plate, make, model, VIN, year; an item's type, description, serial number. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { anyOf: [{ type: 'string', nullable: true }, { type: 'number' }] },
    description:
      'what it is: a vehicle’s type, plate, make, model, vin, year; an item’s type, description, serialNumber',
  })
  label!: Record<string, string | number | null>;
  /** When its last recorded change (as of the report's date) was recorded. */
  @ApiProperty({ format: 'date-time', description: 'when its last change (as of the report’s date) was recorded' })
  asAt!: string;
}

export class DonorFuelByCentre {
  @ApiProperty({ format: 'uuid' }) centreId!: string;
  @ApiProperty({ type: 'integer' }) deliveries!: number;
  @ApiProperty() litres!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'by ISO 4217 currency' })
  cost!: Record<string, number>;
}

export class DonorTraceability {
  @ApiProperty({ format: 'uuid' }) donorId!: string;
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ type: DonorDetailsView }) donor!: DonorDetails;
  @ApiProperty({ type: [TracedAsset] }) assets!: TracedAsset[];
  /** Fuel the donor delivered, by centre. */
  @ApiProperty({ type: [DonorFuelByCentre], description: 'fuel the donor delivered, by centre' })
  fuel!: DonorFuelByCentre[];
}

/**
 * Per donor, every asset it funded as it stood on a date: one indexed read of each asset's last trace recorded by
 * then (donor_asset_history), never a replay of their events.
 */
@Injectable()
export class DonorTraceabilityReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PostgresEventStore,
  ) {}

  async report(donorId: string, asOf: Date): Promise<DonorTraceability> {
    const events = await this.store.readStream(donorCatalogue.streamId(donorId), { asOf });
    const donor = fold(
      donorDecider,
      donorDecider.initialState,
      events.flatMap((e) => donorCatalogue.narrow(e) ?? []),
    );
    if (donor.details === null) throw DonorErrors.notFound();
    const [assets, fuel] = await Promise.all([
      this.dataSource.query<
        {
          asset_id: string;
          kind: 'vehicle' | 'item';
          label: TracedAsset['label'];
          valid_from: Date;
          trace: AssetTrace;
        }[]
      >(
        `SELECT a.asset_id, a.kind, a.label, h.valid_from, h.trace
           FROM donor_assets a
           CROSS JOIN LATERAL (
             SELECT valid_from, trace FROM donor_asset_history h
              WHERE h.asset_id = a.asset_id AND h.valid_from <= $2
              ORDER BY h.valid_from DESC, h.seq DESC LIMIT 1) h
          WHERE a.donor_id = $1 AND a.registered_at <= $2
          ORDER BY a.kind DESC, a.label->>'type', a.asset_id`,
        [donorId, asOf],
      ),
      this.dataSource.query<
        { centre_id: string; deliveries: string; litres: string; cost: Record<string, number> | null }[]
      >(
        `SELECT centre_id, count(*) AS deliveries, sum(litres) AS litres,
                (SELECT jsonb_object_agg(currency, total) FROM (
                   SELECT currency, sum(amount) AS total FROM donor_fuel c
                    WHERE c.donor_id = $1 AND c.centre_id = f.centre_id AND c.recorded_at <= $2 AND currency IS NOT NULL
                    GROUP BY currency) t) AS cost
           FROM donor_fuel f WHERE donor_id = $1 AND recorded_at <= $2
          GROUP BY centre_id ORDER BY centre_id`,
        [donorId, asOf],
      ),
    ]);
    return {
      donorId,
      asOf: asOf.toISOString(),
      donor: donor.details,
      assets: assets.map((r) => ({
        assetId: r.asset_id,
        kind: r.kind,
        label: r.label,
        asAt: r.valid_from.toISOString(),
        ...r.trace,
      })),
      fuel: fuel.map((f) => ({
        centreId: f.centre_id,
        deliveries: Number(f.deliveries),
        litres: Number(f.litres),
        cost: f.cost ?? {},
      })),
    };
  }
}

const COLUMNS = [
  'asset_id',
  'kind',
  'type',
  'plate_or_serial',
  'description',
  'centre_id',
  'status',
  'destination_centre_id',
  'odometer_km',
  'quantity',
  'issued',
  'moves',
  'last_move_at',
  'damage',
  'last_damage_cause',
  'last_damage_on',
  'repair_orders',
  'repairs_closed',
  'repair_cost',
  'fuel_issues',
  'fuel_litres',
  'fate',
  'fate_on',
  'fate_evidence',
];

/** The report as CSV: one line per asset, every cell formula-safe (a plate or description is what someone typed). */
export function traceabilityCsv(report: DonorTraceability): string {
  const money = (cost: Readonly<Record<string, number>>) =>
    Object.entries(cost)
      .map(([currency, amount]) => `${currency} ${amount}`)
      .join('; ');
  return report.assets.reduce(
    (csv, a) =>
      csv +
      csvLine([
        a.assetId,
        a.kind,
        a.label.type,
        a.label.plate ?? a.label.serialNumber,
        a.kind === 'vehicle' ? `${a.label.make ?? ''} ${a.label.model ?? ''}`.trim() : a.label.description,
        a.centreId,
        a.status,
        a.destinationCentreId,
        a.odometerKm,
        a.quantity,
        a.issued,
        a.moves,
        a.lastMoveAt,
        a.damage,
        a.lastDamage?.cause,
        a.lastDamage?.occurredOn,
        a.repairOrders,
        a.repairsClosed,
        money(a.repairCost),
        a.fuelIssues,
        a.fuelLitres,
        a.fate?.reason,
        a.fate?.on,
        a.fate?.evidenceRef,
      ]),
    csvLine(COLUMNS),
  );
}

const READERS = ['logistics', 'admin', 'auditor'] as const;

@ApiTags('reports')
@Controller('reports/donors')
export class DonorTraceabilityController {
  constructor(private readonly reports: DonorTraceabilityReports) {}

  @Get(':donorId/traceability')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Donor traceability: every asset the donor funded — where it is, its moves, damage, repairs, fuel and fate — and the fuel it delivered, now or ?asOf= a past date',
  })
  @ApiOkResponse({ type: DonorTraceability })
  report(@Param() { donorId }: DonorIdParam, @Query() { asOf }: AsOfQuery): Promise<DonorTraceability> {
    return this.reports.report(donorId, asOf === undefined ? new Date() : asOfInstant(asOf));
  }

  @Get(':donorId/traceability.csv')
  @Roles(...READERS)
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One line per asset, after a header line', schema: { type: 'string' } })
  @ApiOperation({ summary: 'The donor traceability report as CSV (one line per asset; ?asOf= a past date)' })
  async csv(
    @Param() { donorId }: DonorIdParam,
    @Query() { asOf }: AsOfQuery,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ): Promise<string> {
    const report = await this.reports.report(donorId, asOf === undefined ? new Date() : asOfInstant(asOf));
    // Set only on success: a refusal is answered as JSON by the error filter.
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="donor-${donorId}.csv"`);
    return (
      csvLine([`donor ${report.donor.names.en} / ${report.donor.names.ar}`, `as of ${report.asOf}`]) +
      traceabilityCsv(report)
    );
  }
}
