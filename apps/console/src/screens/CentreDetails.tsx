import {
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { CentreProfile, HazardKind, HazardSeverity, MemberProfile, Page, VehicleSummary } from '../api/types';
import { everyOne } from '../api/types';
import type { CommandTarget } from '../api/command';
import { CommandDialog } from '../commands/CommandDialog';
import { arrivalForm, clearanceForm, cordonForm, hazardForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Day, Ltr } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import type { Role } from '../session';

const LIMIT = 10;

/** The members on duty at the centre (active there), paged on the server. */
function OnDuty({ centreId }: { readonly centreId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const members = usePagedList({
    queryKey: ['members', 'centre', centreId],
    read: (paging, signal) =>
      call<Page<MemberProfile>>('personnel', '/members', {
        query: { centreId, status: 'active', ...paging },
        signal,
      }),
    limit: LIMIT,
  });
  return (
    <Card withBorder data-testid="on-duty">
      <Title order={3}>{t('commander.onDuty.title')}</Title>
      <PagedTable
        list={members}
        mt="sm"
        columns={[t('members.col.callSign'), t('members.col.roles')]}
        row={(m) => [
          m.memberId,
          [
            <Anchor href={hrefOf({ screen: 'member', memberId: m.memberId })}>
              <bdi>{m.callSign}</bdi>
            </Anchor>,
            intl.formatList(m.roles.map((r) => t(`role.${r}`))),
          ],
        ]}
      />
    </Card>
  );
}

/** Vehicles on their way to the centre: the commander confirms each arrival, as it is received at the gate. */
function Arrivals({ centreId, mayConfirm }: { readonly centreId: string; readonly mayConfirm: boolean }) {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const queries = useQueryClient();
  const centreLabel = useCentreLabel();
  const inTransit = useQuery({
    queryKey: ['vehicles', 'arrivals', centreId],
    // The register lists a vehicle in transit under both ends of its move: the arrivals are those coming here.
    queryFn: async ({ signal }) =>
      (
        await call<Page<VehicleSummary>>('equipment', '/vehicles', {
          query: { centreId, status: 'in-transit', limit: 100 },
          signal,
        })
      ).items.filter((v) => v.destinationCentreId === centreId),
  });
  return (
    <Card withBorder data-testid="arrivals">
      <Title order={3}>{t('commander.arrivals.title')}</Title>
      {inTransit.error && <Refusal error={inTransit.error} />}
      {inTransit.isPending && <Loader aria-label={t('common.loading')} />}
      {inTransit.data && (
        <>
          <Text mt="sm">{t('commander.arrivals.count', { count: inTransit.data.length })}</Text>
          {inTransit.data.length > 0 && (
            <Table striped mt="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('vehicles.col.plate')}</Table.Th>
                  <Table.Th>{t('vehicles.col.type')}</Table.Th>
                  <Table.Th>{t('commander.arrivals.from')}</Table.Th>
                  {mayConfirm && <Table.Th>{t('commander.arrivals.action')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {inTransit.data.map((v) => (
                  <Table.Tr key={v.vehicleId} data-vehicle={v.vehicleId}>
                    <Table.Td>
                      <Ltr>{v.plate}</Ltr>
                    </Table.Td>
                    <Table.Td>{t(`vehicleType.${v.vehicleType}`)}</Table.Td>
                    <Table.Td>{centreLabel(v.centreId)}</Table.Td>
                    {mayConfirm && (
                      <Table.Td>
                        <CommandDialog
                          label="commander.arrivals.confirm"
                          title="commander.arrival.title"
                          submit="commander.arrival.submit"
                          form={arrivalForm(centreId)}
                          target={{
                            service: 'equipment',
                            path: `/vehicles/${v.vehicleId}/arrival`,
                            version: v.version,
                          }}
                          onDone={() => void queries.invalidateQueries({ queryKey: ['vehicles'] })}
                          onReload={() => void inTransit.refetch()}
                          buttonProps={{ size: 'xs' }}
                        >
                          {({ register, formState: { errors } }) => (
                            <>
                              <Text>
                                <Ltr>{v.plate}</Ltr>
                              </Text>
                              {v.odometerKm !== null && (
                                <Text size="sm">
                                  {t('commander.arrival.odometerOut', { km: intl.formatNumber(v.odometerKm) })}
                                </Text>
                              )}
                              <TextInput
                                label={t('commander.arrival.odometer')}
                                inputMode="numeric"
                                dir="ltr"
                                required
                                error={!!errors.odometerInKm}
                                {...register('odometerInKm')}
                              />
                              <TextInput
                                type="date"
                                label={t('commander.arrival.on')}
                                required
                                error={!!errors.arrivedOn}
                                {...register('arrivedOn')}
                              />
                              <TextInput
                                type="time"
                                label={t('commander.arrival.at')}
                                required
                                error={!!errors.arrivedTime}
                                {...register('arrivedTime')}
                              />
                            </>
                          )}
                        </CommandDialog>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Card>
  );
}

/** The centre's own vehicles, paged on the server. */
function Vehicles({ centreId }: { readonly centreId: string }) {
  const t = useT();
  const { call } = useApi();
  const vehicles = usePagedList({
    queryKey: ['vehicles', 'centre', centreId],
    read: (paging, signal) =>
      call<Page<VehicleSummary>>('equipment', '/vehicles', { query: { centreId, ...paging }, signal }),
    limit: LIMIT,
  });
  return (
    <Card withBorder data-testid="centre-vehicles">
      <Title order={3}>{t('commander.vehicles.title')}</Title>
      <PagedTable
        list={vehicles}
        mt="sm"
        columns={[t('vehicles.col.plate'), t('vehicles.col.type'), t('vehicles.col.status')]}
        row={(v) => [
          v.vehicleId,
          [<Ltr>{v.plate}</Ltr>, t(`vehicleType.${v.vehicleType}`), t(`vehicleStatus.${v.status}`)],
        ]}
      />
    </Card>
  );
}

const HAZARD_KINDS = everyOne<HazardKind>()([
  'unexploded-ordnance',
  'improvised-explosives',
  'structural',
  'chemical',
  'other',
]);
const SEVERITIES = everyOne<HazardSeverity>()(['low', 'moderate', 'severe']);

/**
 * The hazards not cleared yet at the centre (now, or on a past date), from its profile; its commander (or an admin)
 * reports one found on site, cordons one off and records its clearance.
 */
function Hazards({
  centreId,
  asOf,
  mayAct,
}: {
  readonly centreId: string;
  readonly asOf: string;
  /** Its commander, or an admin, looking at now: reports a hazard, cordons one off, records its clearance. */
  readonly mayAct: boolean;
}) {
  const t = useT();
  const { call } = useApi();
  const queries = useQueryClient();
  const profile = useQuery({
    queryKey: ['centre', centreId, 'profile', asOf],
    queryFn: ({ signal }) =>
      call<CentreProfile>('centres', `/centres/${centreId}`, { query: { asOf: asOf || undefined }, signal }),
  });
  // Every hazard command is on the centre's stream, at the version of the profile on screen.
  const at = (path: string): CommandTarget => ({
    service: 'centres',
    path: `/centres/${centreId}/hazards${path}`,
    version: profile.data?.version,
  });
  // After each, the profile is read again; on a conflict, the dialog offers to read it again.
  const refresh = {
    onDone: () => void queries.invalidateQueries({ queryKey: ['centre', centreId, 'profile'] }),
    onReload: () => void profile.refetch(),
  };
  return (
    <Card withBorder data-testid="hazards">
      <Group justify="space-between">
        <Title order={3}>{t('commander.hazards.title')}</Title>
        {mayAct && profile.data && (
          <CommandDialog
            label="commander.hazard.report"
            title="commander.hazard.title"
            submit="commander.hazard.submit"
            form={hazardForm}
            target={at('')}
            {...refresh}
            buttonProps={{ size: 'xs' }}
          >
            {({ register, formState: { errors } }) => (
              <>
                <NativeSelect
                  label={t('commander.hazards.kind')}
                  required
                  data={[
                    { value: '', label: t('command.choose') },
                    ...HAZARD_KINDS.map((k) => ({ value: k, label: t(`commander.hazardKind.${k}`) })),
                  ]}
                  error={!!errors.kind}
                  {...register('kind')}
                />
                <NativeSelect
                  label={t('commander.hazards.severity')}
                  required
                  data={[
                    { value: '', label: t('command.choose') },
                    ...SEVERITIES.map((k) => ({ value: k, label: t(`commander.severity.${k}`) })),
                  ]}
                  error={!!errors.severity}
                  {...register('severity')}
                />
                <TextInput
                  label={t('commander.hazards.location')}
                  required
                  error={!!errors.location}
                  {...register('location')}
                />
                <Textarea label={t('commander.hazard.description')} {...register('description')} />
                <TextInput
                  type="date"
                  label={t('commander.hazards.reportedOn')}
                  required
                  error={!!errors.reportedOn}
                  {...register('reportedOn')}
                />
              </>
            )}
          </CommandDialog>
        )}
      </Group>
      {profile.error && <Refusal error={profile.error} />}
      {profile.isPending && <Loader aria-label={t('common.loading')} />}
      {profile.data &&
        (profile.data.openHazards.length === 0 ? (
          <Text mt="sm">{t('commander.hazards.none')}</Text>
        ) : (
          <Table striped mt="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('commander.hazards.kind')}</Table.Th>
                <Table.Th>{t('commander.hazards.severity')}</Table.Th>
                <Table.Th>{t('commander.hazards.location')}</Table.Th>
                <Table.Th>{t('commander.hazards.reportedOn')}</Table.Th>
                {mayAct && <Table.Th>{t('commander.hazards.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.data.openHazards.map((h) => (
                <Table.Tr key={h.hazardId}>
                  <Table.Td>{t(`commander.hazardKind.${h.kind}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={h.severity === 'severe' ? 'red.9' : 'yellow.9'} variant="light">
                      {t(`commander.severity.${h.severity}`)}
                    </Badge>
                    {h.cordon && <Text size="sm">{t('commander.hazards.cordoned')}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <bdi>{h.location}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Day value={h.reportedOn} />
                  </Table.Td>
                  {mayAct && (
                    <Table.Td>
                      <Group gap="xs">
                        {!h.cordon && (
                          <CommandDialog
                            label="commander.cordon.open"
                            title="commander.cordon.title"
                            submit="commander.cordon.submit"
                            form={cordonForm}
                            target={at(`/${h.hazardId}/cordon`)}
                            {...refresh}
                            buttonProps={{ size: 'xs', variant: 'light' }}
                          >
                            {({ register, formState: { errors } }) => (
                              <>
                                <TextInput
                                  type="date"
                                  label={t('commander.cordon.on')}
                                  required
                                  error={!!errors.cordonedOn}
                                  {...register('cordonedOn')}
                                />
                                <Textarea label={t('commander.cordon.note')} {...register('note')} />
                              </>
                            )}
                          </CommandDialog>
                        )}
                        <CommandDialog
                          label="commander.clearance.open"
                          title="commander.clearance.title"
                          submit="commander.clearance.submit"
                          form={clearanceForm}
                          target={at(`/${h.hazardId}/clearance`)}
                          {...refresh}
                          buttonProps={{ size: 'xs', variant: 'light' }}
                        >
                          {({ register, formState: { errors } }) => (
                            <>
                              <TextInput
                                type="date"
                                label={t('commander.clearance.on')}
                                required
                                error={!!errors.clearedOn}
                                {...register('clearedOn')}
                              />
                              <TextInput
                                label={t('commander.clearance.by')}
                                required
                                error={!!errors.clearedBy}
                                {...register('clearedBy')}
                              />
                              <Textarea
                                label={t('commander.clearance.method')}
                                required
                                error={!!errors.method}
                                {...register('method')}
                              />
                            </>
                          )}
                        </CommandDialog>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Card>
  );
}

/**
 * The centre's people, vehicles, hazards and arrivals, each read only by the roles its service lets read it. Shown
 * once the centre itself was read: another centre is refused before any of its details is asked for. On a past date,
 * the hazards as they stood then (the people and vehicles lists are of now only).
 */
export function CentreDetails({
  centreId,
  asOf,
  roles,
}: {
  readonly centreId: string;
  readonly asOf: string;
  readonly roles: readonly Role[];
}) {
  const has = (...allowed: Role[]) => allowed.some((r) => roles.includes(r));
  const now = asOf === '';
  const readsVehicles = now && has('logistics', 'admin', 'auditor', 'commander');
  return (
    <Stack>
      {now && has('hr', 'admin', 'auditor', 'commander') && <OnDuty centreId={centreId} />}
      {readsVehicles && <Arrivals centreId={centreId} mayConfirm={has('logistics', 'admin', 'commander')} />}
      {readsVehicles && <Vehicles centreId={centreId} />}
      <Hazards centreId={centreId} asOf={asOf} mayAct={now && has('commander', 'admin')} />
    </Stack>
  );
}
