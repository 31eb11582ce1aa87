import { Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { Page, Recovery } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Worded } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { Pager } from '../layout/Pager';
import { Refusal } from '../layout/Refusal';

const LIMIT = 25;
const STATUSES: readonly Recovery['status'][] = ['open', 'complete'];

/** Recoveries of what killed or departed members held: open ones first, by centre, paged on the server. */
export default function Recoveries() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const centreOptions = useCentreOptions();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const [status, setStatus] = useState<Recovery['status']>('open');
  const [offset, setOffset] = useState(0);
  const recoveries = useQuery({
    queryKey: ['recoveries', centreId, status, offset],
    queryFn: ({ signal }) =>
      call<Page<Recovery>>('equipment', '/recoveries', {
        query: { centreId: centreId || undefined, status, limit: LIMIT, offset },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const n = (value: number) => intl.formatNumber(value);
  const sum = (r: Recovery, key: 'outstanding' | 'returned' | 'writtenOff') =>
    n(r.items.reduce((total, line) => total + line[key], 0));
  return (
    <Stack>
      <Title order={2}>{t('recovery.title')}</Title>
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
            setStatus(e.currentTarget.value as Recovery['status']);
            setOffset(0);
          }}
          data={STATUSES.map((s) => ({ value: s, label: t(`recovery.status.${s}`) }))}
        />
      </Group>
      {recoveries.error && <Refusal error={recoveries.error} />}
      {recoveries.isPending && <Loader aria-label={t('common.loading')} />}
      {recoveries.data && (
        <>
          <Text>{t('recovery.count', { count: recoveries.data.total })}</Text>
          {recoveries.data.total > 0 && (
            <Table striped data-testid="recoveries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('recovery.col.member')}</Table.Th>
                  <Table.Th>{t('recovery.col.cause')}</Table.Th>
                  <Table.Th>{t('recovery.col.on')}</Table.Th>
                  <Table.Th>{t('vehicles.col.centre')}</Table.Th>
                  <Table.Th>{t('recovery.col.outstanding')}</Table.Th>
                  <Table.Th>{t('recovery.col.returned')}</Table.Th>
                  <Table.Th>{t('recovery.col.writtenOff')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {recoveries.data.items.map((r) => (
                  <Table.Tr key={r.recoveryId}>
                    <Table.Td>
                      <MemberRef memberId={r.memberId} />
                    </Table.Td>
                    <Table.Td>
                      <Worded prefix="recovery.cause" code={r.cause} />
                    </Table.Td>
                    <Table.Td>
                      <Day value={r.occurredOn} />
                    </Table.Td>
                    <Table.Td>{centreLabel(r.centreId)}</Table.Td>
                    <Table.Td>{sum(r, 'outstanding')}</Table.Td>
                    <Table.Td>{sum(r, 'returned')}</Table.Td>
                    <Table.Td>{sum(r, 'writtenOff')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Pager offset={offset} limit={LIMIT} total={recoveries.data.total} onOffset={setOffset} />
        </>
      )}
    </Stack>
  );
}
