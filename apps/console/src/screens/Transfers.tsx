import { Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { BaseTransfer, Page } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { transferCancelForm, transferConfirmForm, transferStartForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Day, Hint } from '../layout/bits';
import { CentreFilter } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import type { Role } from '../session';

const STATUSES: readonly BaseTransfer['status'][] = ['planned', 'started', 'completed', 'cancelled'];

/** What a reader may do with a transfer in its status: logistics start and call off; the receiving commander confirms. */
function actionsFor(transfer: BaseTransfer, roles: readonly Role[]) {
  const may = (...allowed: Role[]) => allowed.some((r) => roles.includes(r));
  return {
    start: transfer.status === 'planned' && may('logistics', 'admin'),
    cancel: (transfer.status === 'planned' || transfer.status === 'started') && may('logistics', 'admin'),
    confirm: transfer.status === 'started' && transfer.counts.awaited === 0 && may('commander', 'admin'),
  };
}

function Actions({ transfer, reread }: { readonly transfer: BaseTransfer; readonly reread: () => void }) {
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

/** Base transfers with their progress, latest planned first, by centre and status, paged on the server. */
export default function Transfers() {
  const t = useT();
  const { call } = useApi();
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
  return (
    <Stack>
      <Title order={2}>{t('transfers.title')}</Title>
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
            <Actions transfer={transfer} reread={reread} />,
          ],
        ]}
      />
    </Stack>
  );
}
