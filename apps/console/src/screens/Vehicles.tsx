import { Anchor, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { Page, VehicleStatus, VehicleSummary } from '../api/types';
import { everyOne } from '../api/types';
import { useT } from '../i18n/use-t';
import { Ltr } from '../layout/bits';
import { CentreFilter } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { hrefOf } from '../route';

const STATUSES = everyOne<VehicleStatus>()(['serviceable', 'unserviceable', 'in-transit', 'written-off']);

/** Vehicles by centre and status, filtered and paged on the server (a commander: their centres only). */
export default function Vehicles() {
  const t = useT();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const [status, setStatus] = useState('');
  const vehicles = usePagedList({
    queryKey: ['vehicles', centreId, status],
    read: (paging, signal) =>
      call<Page<VehicleSummary>>('equipment', '/vehicles', {
        query: { centreId: centreId || undefined, status: status || undefined, ...paging },
        signal,
      }),
  });
  return (
    <Stack>
      <Title order={2}>{t('vehicles.title')}</Title>
      <Group align="end">
        <CentreFilter all value={centreId} onChange={setCentreId} />
        <NativeSelect
          label={t('vehicles.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`vehicleStatus.${s}`) })),
          ]}
        />
      </Group>
      <PagedTable
        list={vehicles}
        count={(total) => t('vehicles.count', { count: total })}
        data-testid="vehicles"
        columns={[
          t('vehicles.col.plate'),
          t('vehicles.col.type'),
          t('vehicles.col.makeModel'),
          t('vehicles.col.status'),
          t('vehicles.col.centre'),
        ]}
        row={(v) => [
          v.vehicleId,
          [
            <Anchor href={hrefOf({ screen: 'vehicle', vehicleId: v.vehicleId })}>
              <Ltr>{v.plate}</Ltr>
            </Anchor>,
            t(`vehicleType.${v.vehicleType}`),
            <bdi>
              {v.make} {v.model}
            </bdi>,
            t(`vehicleStatus.${v.status}`),
            centreLabel(v.centreId),
          ],
        ]}
      />
    </Stack>
  );
}
