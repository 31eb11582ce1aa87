import {
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useCommand } from '../api/command';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { ArriveVehicle, DispatchVehicle, DonorEntry, VehicleProfile } from '../api/types';
import { inLanguage } from '../format';
import { instantOf, isUuid, localNow, wholeNumber } from '../forms';
import { useT } from '../i18n/use-t';
import { CommandDialog } from '../layout/CommandDialog';
import { Day, Fact, Hint, Instant, Ltr, Worded } from '../layout/bits';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';

const vehicleKey = (vehicleId: string) => ['vehicle', vehicleId] as const;

interface DispatchFields {
  readonly toCentreId: string;
  readonly driverId: string;
  readonly odometerOutKm: string;
  readonly dispatchedAt: string;
  readonly expectedArrivalAt: string;
}

/** Dispatches a serviceable vehicle from its centre to another, at the version on screen. */
function Dispatch({ vehicle }: { readonly vehicle: VehicleProfile }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure();
  const centres = useCentreOptions(vehicle.centreId);
  const form = useForm<DispatchFields>({
    defaultValues: {
      toCentreId: '',
      driverId: '',
      odometerOutKm: `${vehicle.odometerKm ?? ''}`,
      dispatchedAt: localNow(),
      expectedArrivalAt: '',
    },
  });
  const command = useCommand<DispatchVehicle>({
    service: 'equipment',
    path: `/vehicles/${vehicle.vehicleId}/dispatch`,
    version: vehicle.version,
    invalidates: [vehicleKey(vehicle.vehicleId), ['vehicles']],
    onDone: close,
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((f) =>
    command.mutate({
      toCentreId: f.toCentreId,
      driverId: f.driverId.trim(),
      odometerOutKm: Number(f.odometerOutKm),
      dispatchedAt: instantOf(f.dispatchedAt),
      expectedArrivalAt: instantOf(f.expectedArrivalAt),
    }),
  );
  return (
    <>
      <Button onClick={open}>{t('vehicle.dispatch')}</Button>
      <CommandDialog
        title={t('vehicle.dispatch.title')}
        submit={t('vehicle.dispatch.submit')}
        opened={opened}
        onClose={close}
        onSubmit={(e) => void submit(e)}
        pending={command.isPending}
        error={command.error}
        onReload={command.reload}
      >
        <NativeSelect
          label={t('vehicle.dispatch.to')}
          required
          data={[{ value: '', label: t('common.choose') }, ...centres]}
          error={errors.toCentreId?.message}
          {...form.register('toCentreId', { required: t('form.required') })}
        />
        <TextInput
          label={t('vehicle.dispatch.driver')}
          description={<Hint>{t('vehicle.dispatch.driverHint')}</Hint>}
          required
          dir="ltr"
          error={errors.driverId?.message}
          {...form.register('driverId', { validate: (v) => isUuid(v) || t('form.memberId') })}
        />
        <TextInput
          type="number"
          label={t('vehicle.odometerOut')}
          required
          error={errors.odometerOutKm?.message}
          {...form.register('odometerOutKm', {
            validate: (v) => wholeNumber(v, vehicle.odometerKm ?? 0) !== null || t('form.odometer'),
          })}
        />
        <TextInput
          type="datetime-local"
          label={t('vehicle.dispatchedAt')}
          required
          error={errors.dispatchedAt?.message}
          {...form.register('dispatchedAt', { required: t('form.required') })}
        />
        <TextInput
          type="datetime-local"
          label={t('vehicle.expectedArrivalAt')}
          required
          error={errors.expectedArrivalAt?.message}
          {...form.register('expectedArrivalAt', {
            validate: (v, all) => (v !== '' && v > all.dispatchedAt) || t('form.afterDispatch'),
          })}
        />
      </CommandDialog>
    </>
  );
}

interface ArrivalFields {
  readonly centreId: string;
  readonly odometerInKm: string;
  readonly arrivedAt: string;
}

/** Receives a vehicle in transit at its destination (a commander: at their own centre). */
function Arrival({ vehicle }: { readonly vehicle: VehicleProfile }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure();
  const centres = useCentreOptions(null);
  const departed = vehicle.moves.at(-1)?.odometerOutKm ?? vehicle.odometerKm ?? 0;
  const form = useForm<ArrivalFields>({
    defaultValues: { centreId: vehicle.destinationCentreId ?? '', odometerInKm: '', arrivedAt: localNow() },
  });
  const command = useCommand<ArriveVehicle>({
    service: 'equipment',
    path: `/vehicles/${vehicle.vehicleId}/arrival`,
    version: vehicle.version,
    invalidates: [vehicleKey(vehicle.vehicleId), ['vehicles']],
    onDone: close,
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((f) =>
    command.mutate({ centreId: f.centreId, odometerInKm: Number(f.odometerInKm), arrivedAt: instantOf(f.arrivedAt) }),
  );
  return (
    <>
      <Button onClick={open}>{t('vehicle.arrival')}</Button>
      <CommandDialog
        title={t('vehicle.arrival.title')}
        submit={t('vehicle.arrival.submit')}
        opened={opened}
        onClose={close}
        onSubmit={(e) => void submit(e)}
        pending={command.isPending}
        error={command.error}
        onReload={command.reload}
      >
        <NativeSelect
          label={t('vehicle.arrival.at')}
          required
          data={[{ value: '', label: t('common.choose') }, ...centres]}
          error={errors.centreId?.message}
          {...form.register('centreId', { required: t('form.required') })}
        />
        <TextInput
          type="number"
          label={t('vehicle.odometerIn')}
          required
          error={errors.odometerInKm?.message}
          {...form.register('odometerInKm', {
            validate: (v) => wholeNumber(v, departed) !== null || t('form.odometer'),
          })}
        />
        <TextInput
          type="datetime-local"
          label={t('vehicle.arrivedAt')}
          required
          error={errors.arrivedAt?.message}
          {...form.register('arrivedAt', { required: t('form.required') })}
        />
      </CommandDialog>
    </>
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
  readonly rows: readonly (readonly [string, ReactNode[]])[];
  readonly testId: string;
}) {
  const t = useT();
  return (
    <Card withBorder>
      <Title order={3}>{title}</Title>
      {rows.length === 0 ? (
        <Text mt="sm">{t('vehicle.nothing')}</Text>
      ) : (
        <Table mt="sm" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([key, cells]) => (
              <Table.Tr key={key}>
                {cells.map((cell, i) => (
                  <Table.Td key={i}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** A vehicle's page: what it is, its status and why, where it is going, its moves, damage, repairs and checks. */
export default function Vehicle({ vehicleId }: { readonly vehicleId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call, session } = useApi();
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
  const km = (n: number | null) => (n === null ? '—' : t('vehicle.km', { km: n }));
  const v = vehicle.data;
  return (
    <Stack>
      <Anchor href={hrefOf({ screen: 'vehicles' })}>{t('vehicle.back')}</Anchor>
      {vehicle.error && <Refusal error={vehicle.error} />}
      {vehicle.isPending && <Loader aria-label={t('common.loading')} />}
      {v && (
        <>
          <Card withBorder>
            <Group justify="space-between" align="start">
              <Title order={2}>
                <Ltr>{v.plate}</Ltr> · {t(`vehicleType.${v.vehicleType}`)}
              </Title>
              <Group>
                {v.status === 'serviceable' && may('logistics', 'admin') && <Dispatch vehicle={v} />}
                {v.status === 'in-transit' && may('logistics', 'admin', 'commander') && <Arrival vehicle={v} />}
              </Group>
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
            rows={[...v.moves]
              .reverse()
              .map((m) => [
                m.moveId,
                [
                  m.dispatchedAt ? <Instant value={m.dispatchedAt} /> : '—',
                  centreLabel(m.fromCentreId),
                  centreLabel(m.toCentreId),
                  t(`vehicle.outcome.${m.outcome}`),
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
            columns={[t('vehicle.openedOn'), t('vehicle.description'), t('vehicle.cost'), t('vehicle.closedOn')]}
            rows={v.repairOrders.map((o) => [
              o.orderId,
              [
                <Day value={o.openedOn} />,
                <bdi>{o.description}</bdi>,
                intl.formatList(
                  Object.entries(o.totals).map(([currency, total]) =>
                    intl.formatNumber(total, { style: 'currency', currency }),
                  ),
                ),
                <Day value={o.closedOn} />,
              ],
            ])}
          />
          <History
            title={t('vehicle.checks')}
            testId="checks"
            columns={[t('vehicle.performedAt'), t('vehicle.checkKind'), t('vehicle.checkResult')]}
            rows={[...v.checks]
              .reverse()
              .map((c) => [
                c.checkId,
                [
                  <Instant value={c.performedAt} />,
                  t(`vehicle.check.${c.kind}`),
                  c.failedCriticalItems.length === 0
                    ? t('vehicle.check.passed')
                    : t('vehicle.check.failed', { count: c.failedCriticalItems.length }),
                ],
              ])}
          />
        </>
      )}
    </Stack>
  );
}
