import { Anchor, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions, useDonorOptions } from '../api/queries';
import type { DonorEntry, VehicleProfile } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { dispatchForm, vehicleArrivalForm } from '../commands/forms';
import { inLanguage } from '../format';
import { useT } from '../i18n/use-t';
import { Day, Fact, Hint, Instant, Loading, Ltr, Worded } from '../layout/bits';
import { DataTable, Row } from '../layout/DataTable';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import { CloseRepair, RepairWork, VehicleCommands, checkItemWords } from './VehicleCommands';
import { VehicleFuel } from './VehicleFuel';

const vehicleKey = (vehicleId: string) => ['vehicle', vehicleId] as const;

/** Dispatches a serviceable vehicle from its centre to another, at the version on screen. */
function Dispatch({ vehicle, reread }: { readonly vehicle: VehicleProfile; readonly reread: () => void }) {
  const t = useT();
  const centres = useCentreOptions(vehicle.centreId);
  return (
    <CommandDialog
      label="vehicle.dispatch"
      title="vehicle.dispatch.title"
      submit="vehicle.dispatch.submit"
      form={dispatchForm(vehicle.odometerKm)}
      target={{ service: 'equipment', path: `/vehicles/${vehicle.vehicleId}/dispatch`, version: vehicle.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ variant: 'filled' }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('vehicle.dispatch.to')}
            required
            data={[{ value: '', label: t('command.choose') }, ...centres]}
            error={!!errors.toCentreId}
            {...register('toCentreId')}
          />
          <TextInput
            label={t('vehicle.dispatch.driver')}
            description={<Hint>{t('vehicle.dispatch.driverHint')}</Hint>}
            required
            dir="ltr"
            error={!!errors.driverId}
            {...register('driverId')}
          />
          <TextInput
            type="number"
            label={t('vehicle.odometerOut')}
            required
            error={!!errors.odometerOutKm}
            {...register('odometerOutKm')}
          />
          <TextInput
            type="datetime-local"
            label={t('vehicle.dispatchedAt')}
            required
            error={!!errors.dispatchedAt}
            {...register('dispatchedAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('vehicle.expectedArrivalAt')}
            required
            error={!!errors.expectedArrivalAt}
            {...register('expectedArrivalAt')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** Receives a vehicle in transit at its destination (a commander: at their own centre). */
function Arrival({ vehicle, reread }: { readonly vehicle: VehicleProfile; readonly reread: () => void }) {
  const t = useT();
  const centres = useCentreOptions(null);
  const departed = vehicle.moves.at(-1)?.odometerOutKm ?? vehicle.odometerKm ?? 0;
  return (
    <CommandDialog
      label="vehicle.arrival"
      title="vehicle.arrival.title"
      submit="vehicle.arrival.submit"
      form={vehicleArrivalForm(vehicle.destinationCentreId, departed)}
      target={{ service: 'equipment', path: `/vehicles/${vehicle.vehicleId}/arrival`, version: vehicle.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ variant: 'filled' }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('vehicle.arrival.at')}
            required
            data={[{ value: '', label: t('command.choose') }, ...centres]}
            error={!!errors.centreId}
            {...register('centreId')}
          />
          <TextInput
            type="number"
            label={t('vehicle.odometerIn')}
            required
            error={!!errors.odometerInKm}
            {...register('odometerInKm')}
          />
          <TextInput
            type="datetime-local"
            label={t('vehicle.arrivedAt')}
            required
            error={!!errors.arrivedAt}
            {...register('arrivedAt')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** A titled table of a vehicle's history, or a line saying there is nothing of the kind. */
function History({
  title,
  columns,
  rows,
  testId,
}: {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  readonly testId: string;
}) {
  const t = useT();
  return (
    <Card withBorder>
      <Title order={3}>{title}</Title>
      {rows.length === 0 ? (
        <Text mt="sm">{t('vehicle.nothing')}</Text>
      ) : (
        <DataTable mt="sm" data-testid={testId} columns={columns} rows={rows} />
      )}
    </Card>
  );
}

/** A vehicle's page: what it is, its status and why, where it is going, its moves, damage, repairs, fuel and checks. */
export default function Vehicle({ vehicleId }: { readonly vehicleId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call, session } = useApi();
  const queries = useQueryClient();
  const centreLabel = useCentreLabel();
  const vehicle = useQuery({
    queryKey: vehicleKey(vehicleId),
    queryFn: ({ signal }) => call<VehicleProfile>('equipment', `/vehicles/${vehicleId}`, { signal }),
  });
  const donorId = vehicle.data?.donorId ?? null;
  const donor = useQuery({
    queryKey: ['donor', donorId],
    queryFn: ({ signal }) => call<DonorEntry>('equipment', `/donors/${donorId}`, { signal }),
    enabled: donorId !== null,
  });
  const may = (...roles: string[]) => session.roles.some((r) => roles.includes(r));
  // The vehicle's page and the fleet's lists, read again after a command on it.
  const reread = () => {
    void queries.invalidateQueries({ queryKey: vehicleKey(vehicleId) });
    void queries.invalidateQueries({ queryKey: ['vehicles'] });
  };
  const km = (n: number | null) => (n === null ? '—' : t('vehicle.km', { km: n }));
  const donors = useDonorOptions();
  const paidBy = (donorId: string | null) =>
    donorId === null ? t('vehicle.ownFunds') : (donors.find((d) => d.value === donorId)?.label ?? donorId.slice(0, 8));
  const money = (amount: number, currency: string) => intl.formatNumber(amount, { style: 'currency', currency });
  const v = vehicle.data;
  return (
    <Stack>
      <Anchor href={hrefOf({ screen: 'vehicles' })}>{t('vehicle.back')}</Anchor>
      {vehicle.error && <Refusal error={vehicle.error} />}
      {vehicle.isPending && <Loading />}
      {v && (
        <>
          <Card withBorder>
            <Group justify="space-between" align="start">
              <Title order={2}>
                <Ltr>{v.plate}</Ltr> · {t(`vehicleType.${v.vehicleType}`)}
              </Title>
              <VehicleCommands
                vehicle={v}
                reread={reread}
                moves={{
                  dispatch: <Dispatch key="dispatch" vehicle={v} reread={reread} />,
                  arrival: <Arrival key="arrival" vehicle={v} reread={reread} />,
                }}
                allowed={(command) =>
                  // A commander receives vehicles at their centre and checks the vehicles there.
                  command === 'arrival' || command === 'check'
                    ? may('logistics', 'admin', 'commander')
                    : may('logistics', 'admin')
                }
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
              <Fact label={t('vehicles.col.status')}>
                <span data-testid="vehicle-status">{t(`vehicleStatus.${v.status}`)}</span>
                {v.statusReason && (
                  <Text size="sm" component="span" display="block">
                    <Worded prefix="vehicle.reason" code={v.statusReason.code} />
                    {v.statusReason.note && (
                      <>
                        {' — '}
                        <bdi>{v.statusReason.note}</bdi>
                      </>
                    )}
                  </Text>
                )}
              </Fact>
              <Fact label={t('vehicles.col.centre')}>
                <span data-testid="vehicle-centre">{centreLabel(v.centreId)}</span>
              </Fact>
              {v.destinationCentreId && (
                <Fact label={t('vehicle.destination')}>{centreLabel(v.destinationCentreId)}</Fact>
              )}
              <Fact label={t('vehicles.col.makeModel')}>
                <bdi>
                  {v.make} {v.model}
                </bdi>
                {v.year !== null && ` · ${intl.formatNumber(v.year, { useGrouping: false })}`}
              </Fact>
              <Fact label={t('vehicle.vin')}>{v.vin ? <Ltr>{v.vin}</Ltr> : '—'}</Fact>
              <Fact label={t('vehicle.odometer')}>{km(v.odometerKm)}</Fact>
              <Fact label={t('vehicle.nextService')}>
                {v.nextService ? (
                  <>
                    <Day value={v.nextService.on} /> · {km(v.nextService.km)}
                  </>
                ) : (
                  '—'
                )}
              </Fact>
              <Fact label={t('vehicle.donor')}>
                {donorId === null ? (
                  t('vehicle.ownFunds')
                ) : (
                  <Anchor href={hrefOf({ screen: 'donor', donorId })}>
                    {donor.data ? (
                      <bdi>{inLanguage(donor.data.names.ar, donor.data.names.en, intl.locale)}</bdi>
                    ) : (
                      <Ltr>{donorId}</Ltr>
                    )}
                  </Anchor>
                )}
              </Fact>
            </SimpleGrid>
          </Card>
          <History
            title={t('vehicle.moves')}
            testId="moves"
            columns={[
              t('vehicle.dispatchedAt'),
              t('vehicle.from'),
              t('vehicle.to'),
              t('vehicle.outcome'),
              t('vehicle.arrivedAt'),
              t('vehicle.distance'),
            ]}
            rows={[...v.moves].reverse().map((m) => [
              m.moveId,
              [
                m.dispatchedAt ? <Instant value={m.dispatchedAt} /> : '—',
                centreLabel(m.fromCentreId),
                centreLabel(m.toCentreId),
                <>
                  {t(`vehicle.outcome.${m.outcome}`)}
                  {m.changes.map((c, i) => (
                    <Text key={i} size="sm" data-testid="move-change">
                      {t(`vehicle.change.${c.kind}`, { centre: centreLabel(c.toCentreId), reason: c.reason })}
                    </Text>
                  ))}
                </>,
                m.arrivedAt ? <Instant value={m.arrivedAt} /> : '—',
                km(m.distanceKm),
              ],
            ])}
          />
          <History
            title={t('vehicle.damage')}
            testId="damage"
            columns={[t('vehicle.occurredOn'), t('vehicle.cause'), t('vehicle.severity'), t('vehicle.description')]}
            rows={v.damage.map((d) => [
              d.damageId,
              [
                <Day value={d.occurredOn} />,
                <Worded prefix="vehicle.cause" code={d.cause} />,
                t(`vehicle.severity.${d.severity}`),
                <bdi>{d.description}</bdi>,
              ],
            ])}
          />
          <History
            title={t('vehicle.repairs')}
            testId="repairs"
            columns={[
              t('vehicle.openedOn'),
              t('vehicle.description'),
              t('vehicle.work.done'),
              t('vehicle.cost'),
              t('vehicle.closedOn'),
            ]}
            rows={v.repairOrders.map((o) => {
              const open = o.closedOn === null && v.status !== 'written-off' && may('logistics', 'admin');
              return [
                o.orderId,
                [
                  <Day value={o.openedOn} />,
                  <>
                    <bdi>{o.description}</bdi>
                    {o.damageIds.length > 0 && (
                      <Text size="sm" data-testid="repair-damage">
                        {t('vehicle.repair.repairs', {
                          items: intl.formatList(
                            v.damage
                              .filter((d) => o.damageIds.includes(d.damageId))
                              .map((d) => t(`vehicle.cause.${d.cause}`)),
                          ),
                        })}
                      </Text>
                    )}
                  </>,
                  <Stack gap={4} data-testid="repair-work">
                    {o.work.map((w, i) => (
                      <Text key={i} size="sm">
                        {t('vehicle.work.entry', {
                          work: w.workDone,
                          cost: money(w.totalCost, w.currency),
                          paidBy: `${paidBy(w.fundingSource.donorId)} · ${w.fundingSource.description}`,
                        })}
                      </Text>
                    ))}
                    {open && <RepairWork vehicle={v} order={o} reread={reread} />}
                  </Stack>,
                  <span data-testid="repair-cost">
                    {intl.formatList(Object.entries(o.totals).map(([currency, total]) => money(total, currency)))}
                  </span>,
                  open ? <CloseRepair vehicle={v} order={o} reread={reread} /> : <Day value={o.closedOn} />,
                ],
              ];
            })}
          />
          <VehicleFuel vehicleId={v.vehicleId} />
          <History
            title={t('vehicle.checks')}
            testId="checks"
            columns={[t('vehicle.performedAt'), t('vehicle.checkKind'), t('vehicle.checkResult')]}
            rows={[...v.checks].reverse().map((c) => [
              c.checkId,
              [
                <Instant value={c.performedAt} />,
                t(`vehicle.check.${c.kind}`),
                c.failedCriticalItems.length === 0 ? (
                  t('vehicle.check.passed')
                ) : (
                  <>
                    {t('vehicle.check.failed', { count: c.failedCriticalItems.length })}
                    <Text size="sm">
                      {t('vehicle.check.failedItems', {
                        items: intl.formatList(c.failedCriticalItems.map((code) => checkItemWords(t, code, code))),
                      })}
                    </Text>
                  </>
                ),
              ],
            ])}
          />
          <History
            title={t('vehicle.services')}
            testId="services"
            columns={[t('vehicle.service.on'), t('vehicle.odometer'), t('vehicle.service.work')]}
            rows={[...v.services]
              .reverse()
              .map((sv, i) => [
                `${sv.servicedOn}-${i}`,
                [<Day value={sv.servicedOn} />, km(sv.odometerKm), <bdi>{sv.workDone}</bdi>],
              ])}
          />
          <History
            title={t('vehicle.corrections')}
            testId="odometer-corrections"
            columns={[
              t('vehicle.correction.at'),
              t('vehicle.correction.from'),
              t('vehicle.correction.to'),
              t('vehicle.odometer.reason'),
            ]}
            rows={[...v.odometerCorrections]
              .reverse()
              .map((c) => [
                c.recordedAt,
                [<Instant value={c.recordedAt} />, km(c.previousKm), km(c.correctedKm), <bdi>{c.reason}</bdi>],
              ])}
          />
        </>
      )}
    </Stack>
  );
}
