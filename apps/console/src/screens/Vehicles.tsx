import { Anchor, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { Page, VehicleStatus, VehicleSummary } from '../api/types';
import { useT } from '../i18n/use-t';
import { Ltr } from '../layout/bits';
import { Pager } from '../layout/Pager';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';

const LIMIT = 25;
const STATUSES: readonly VehicleStatus[] = ['serviceable', 'unserviceable', 'in-transit', 'written-off'];

/** Vehicles by centre and status, filtered and paged on the server (a commander: their centres only). */
export default function Vehicles() {
  const t = useT();
  const { call } = useApi();
  const centreOptions = useCentreOptions();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const [status, setStatus] = useState('');
  const [offset, setOffset] = useState(0);
  const vehicles = useQuery({
    queryKey: ['vehicles', centreId, status, offset],
    queryFn: ({ signal }) =>
      call<Page<VehicleSummary>>('equipment', '/vehicles', {
        query: { centreId: centreId || undefined, status: status || undefined, limit: LIMIT, offset },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={2}>{t('vehicles.title')}</Title>
      <Group align="end">
        <NativeSelect
          label={t('vehicles.filter.centre')}
          value={centreId}
          onChange={(e) => {
            setCentreId(e.currentTarget.value);
            setOffset(0);
          }}
          data={[{ value: '', label: t('common.all') }, ...centreOptions]}
        />
        <NativeSelect
          label={t('vehicles.filter.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value);
            setOffset(0);
          }}
          data={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`vehicleStatus.${s}`) })),
          ]}
        />
      </Group>
      {vehicles.error && <Refusal error={vehicles.error} />}
      {vehicles.isPending && <Loader aria-label={t('common.loading')} />}
      {vehicles.data && (
        <>
          <Text>{t('vehicles.count', { count: vehicles.data.total })}</Text>
          <Table striped data-testid="vehicles">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vehicles.col.plate')}</Table.Th>
                <Table.Th>{t('vehicles.col.type')}</Table.Th>
                <Table.Th>{t('vehicles.col.makeModel')}</Table.Th>
                <Table.Th>{t('vehicles.col.status')}</Table.Th>
                <Table.Th>{t('vehicles.col.centre')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vehicles.data.items.map((v) => (
                <Table.Tr key={v.vehicleId}>
                  <Table.Td>
                    <Anchor href={hrefOf({ screen: 'vehicle', vehicleId: v.vehicleId })}>
                      <Ltr>{v.plate}</Ltr>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`vehicleType.${v.vehicleType}`)}</Table.Td>
                  <Table.Td>
                    <bdi>
                      {v.make} {v.model}
                    </bdi>
                  </Table.Td>
                  <Table.Td>{t(`vehicleStatus.${v.status}`)}</Table.Td>
                  <Table.Td>{centreLabel(v.centreId)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager offset={offset} limit={LIMIT} total={vehicles.data.total} onOffset={setOffset} />
        </>
      )}
    </Stack>
  );
}
