import { Anchor, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { BaseTransfer, Page, VehicleSummary } from '../api/types';
import { everyOne } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { transferCancelForm, transferConfirmForm, transferPlanForm, transferStartForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Day, Hint, Loading, Ltr } from '../layout/bits';
import { CentreFilter } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { hrefOf } from '../route';
import type { Role } from '../session';

const STATUSES = everyOne<BaseTransfer['status']>()(['planned', 'started', 'completed', 'cancelled']);

/** What a reader may do with a transfer in its status: logistics start and call off; the receiving commander confirms. */
function actionsFor(transfer: BaseTransfer, roles: readonly Role[]) {
  const may = (...allowed: Role[]) => allowed.some((r) => roles.includes(r));
  return {
    start: transfer.status === 'planned' && may('logistics', 'admin'),
    cancel: (transfer.status === 'planned' || transfer.status === 'started') && may('logistics', 'admin'),
    confirm: transfer.status === 'started' && transfer.counts.awaited === 0 && may('commander', 'admin'),
  };
}

export function Actions({ transfer, reread }: { readonly transfer: BaseTransfer; readonly reread: () => void }) {
  const t = useT();
  const { session } = useApi();
  const may = actionsFor(transfer, session.roles);
  const target = (route: string) => ({
    service: 'centres' as const,
    path: `/base-transfers/${transfer.transferId}/${route}`,
    version: transfer.version,
  });
  const common = { onDone: reread, onReload: reread, buttonProps: { size: 'xs' as const } };
  return (
    <Group gap="xs">
      {may.start && (
        <CommandDialog
          label="transfers.start"
          title="transfers.start.title"
          submit="transfers.start.submit"
          form={transferStartForm}
          target={target('start')}
          {...common}
        >
          {({ register }) => <TextInput label={t('transfers.start.reason')} {...register('reason')} />}
        </CommandDialog>
      )}
      {may.confirm && (
        <CommandDialog
          label="transfers.confirm"
          title="transfers.confirm.title"
          submit="transfers.confirm.submit"
          form={transferConfirmForm}
          target={target('confirmation')}
          {...common}
        >
          {({ register, formState: { errors } }) => (
            <>
              <Hint>{t('transfers.confirm.hint')}</Hint>
              <TextInput
                type="date"
                label={t('transfers.confirm.effectiveOn')}
                required
                error={!!errors.effectiveOn}
                {...register('effectiveOn')}
              />
            </>
          )}
        </CommandDialog>
      )}
      {may.cancel && (
        <CommandDialog
          label="transfers.cancel"
          title="transfers.cancel.title"
          submit="transfers.cancel.submit"
          form={transferCancelForm}
          target={target('cancellation')}
          {...common}
          buttonProps={{ size: 'xs', variant: 'default' }}
        >
          {({ register, formState: { errors } }) => (
            <Textarea label={t('transfers.cancel.reason')} required error={!!errors.reason} {...register('reason')} />
          )}
        </CommandDialog>
      )}
    </Group>
  );
}

/** The vehicles at home at a centre (not on their way, not written off): those a base transfer from it may take. */
function VehiclesAt({
  centreId,
  children,
}: {
  readonly centreId: string;
  readonly children: (vehicles: readonly VehicleSummary[]) => React.ReactNode;
}) {
  const { call } = useApi();
  const vehicles = useQuery({
    queryKey: ['vehicles', 'at-home', centreId],
    queryFn: ({ signal }) =>
      call<Page<VehicleSummary>>('equipment', '/vehicles', { query: { centreId, limit: 200 }, signal }),
    enabled: centreId !== '',
    select: (page) =>
      page.items.filter((v) => v.centreId === centreId && v.destinationCentreId === null && v.status !== 'written-off'),
  });
  if (centreId === '') return null;
  return vehicles.data ? <>{children(vehicles.data)}</> : <Loading size="sm" />;
}

/** Plans a base transfer: from and to, the vehicles of the centre it leaves, members by id, the day and why. */
function Plan() {
  const t = useT();
  const centres = useCentreOptions();
  return (
    <CommandDialog
      label="transfers.plan"
      title="transfers.plan.title"
      submit="transfers.plan.submit"
      form={transferPlanForm}
      target={{ service: 'centres', path: '/base-transfers' }}
      // Its own page: the plan, then its progress.
      onDone={(result) => {
        window.location.hash = hrefOf({ screen: 'transfer', transferId: result.id });
      }}
      onReload={() => undefined}
      buttonProps={{ variant: 'filled', style: { alignSelf: 'start' } }}
    >
      {({ register, watch, setValue, control, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('transfers.plan.from')}
            required
            error={!!errors.fromCentreId}
            data={[{ value: '', label: t('command.choose') }, ...centres]}
            {...register('fromCentreId', { onChange: () => setValue('vehicleIds', []) })}
          />
          <NativeSelect
            label={t('transfers.plan.to')}
            required
            error={!!errors.toCentreId}
            data={[{ value: '', label: t('command.choose') }, ...centres]}
            {...register('toCentreId')}
          />
          <VehiclesAt centreId={watch('fromCentreId')}>
            {(vehicles) => (
              <Controller
                control={control}
                name="vehicleIds"
                render={({ field }) => (
                  <Checkbox.Group
                    label={t('transfers.plan.vehicles')}
                    description={<Hint>{t('transfers.plan.vehiclesHint')}</Hint>}
                    error={!!errors.vehicleIds}
                    value={field.value}
                    onChange={field.onChange}
                    data-testid="plan-vehicles"
                  >
                    <Stack gap={4} mt="xs">
                      {vehicles.length === 0 && <Text size="sm">{t('transfers.plan.noVehicles')}</Text>}
                      {vehicles.map((v) => (
                        <Checkbox
                          key={v.vehicleId}
                          value={v.vehicleId}
                          label={
                            <>
                              <Ltr>{v.plate}</Ltr> · {t(`vehicleType.${v.vehicleType}`)} ·{' '}
                              {t(`vehicleStatus.${v.status}`)}
                            </>
                          }
                        />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
              />
            )}
          </VehiclesAt>
          <Textarea
            label={t('transfers.plan.members')}
            description={<Hint>{t('transfers.plan.membersHint')}</Hint>}
            dir="ltr"
            autosize
            minRows={2}
            error={!!errors.memberIds}
            {...register('memberIds')}
          />
          <TextInput
            type="date"
            label={t('transfers.plan.plannedOn')}
            required
            error={!!errors.plannedOn}
            {...register('plannedOn')}
          />
          <Textarea
            label={t('transfers.plan.reason')}
            required
            maxLength={1000}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** Base transfers with their progress, latest planned first, by centre and status, paged on the server. */
export default function Transfers() {
  const t = useT();
  const { call, session } = useApi();
  const queries = useQueryClient();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const [status, setStatus] = useState<BaseTransfer['status'] | ''>('');
  const transfers = usePagedList({
    queryKey: ['transfers', centreId, status],
    read: (paging, signal) =>
      call<Page<BaseTransfer>>('centres', '/base-transfers', {
        query: { centreId: centreId || undefined, status: status || undefined, ...paging },
        signal,
      }),
  });
  const reread = () => void queries.invalidateQueries({ queryKey: ['transfers'] });
  const mayPlan = session.roles.some((r) => r === 'logistics' || r === 'admin');
  return (
    <Stack>
      <Title order={2}>{t('transfers.title')}</Title>
      {mayPlan && <Plan />}
      <Group align="end">
        <CentreFilter all value={centreId} onChange={setCentreId} />
        <NativeSelect
          label={t('transfers.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as BaseTransfer['status'] | '')}
          data={[
            { value: '', label: t('transfers.status.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`transfers.status.${s}`) })),
          ]}
        />
      </Group>
      <PagedTable
        list={transfers}
        count={(total) => t('transfers.count', { count: total })}
        data-testid="transfers"
        columns={[
          t('transfers.col.from'),
          t('transfers.col.to'),
          t('transfers.col.plannedOn'),
          t('transfers.col.status'),
          t('transfers.col.vehicles'),
          t('transfers.col.members'),
          t('transfers.col.actions'),
        ]}
        row={(transfer) => [
          transfer.transferId,
          [
            centreLabel(transfer.fromCentreId),
            centreLabel(transfer.toCentreId),
            <Day value={transfer.plannedOn} />,
            <Text size="sm" data-testid="transfer-status">
              {t(`transfers.status.${transfer.status}`)}
            </Text>,
            t('transfers.vehicles', {
              arrived: transfer.counts.arrived,
              total: transfer.vehicles.length,
              withdrawn: transfer.counts.withdrawn,
            }),
            transfer.memberIds.length,
            <Group gap="xs">
              <Anchor size="sm" href={hrefOf({ screen: 'transfer', transferId: transfer.transferId })}>
                {t('transfers.details')}
              </Anchor>
              <Actions transfer={transfer} reread={reread} />
            </Group>,
          ],
        ]}
      />
    </Stack>
  );
}
