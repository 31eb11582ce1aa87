import { Anchor, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { Page, TrainingSession } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Ltr, Worded } from '../layout/bits';
import { Pager } from '../layout/Pager';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';

const LIMIT = 25;

/** Training sessions by centre, the latest first, paged on the server; each opens its enrolments and results. */
export default function Sessions() {
  const t = useT();
  const { call } = useApi();
  const centreOptions = useCentreOptions();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const [offset, setOffset] = useState(0);
  const sessions = useQuery({
    queryKey: ['sessions', centreId, offset],
    queryFn: ({ signal }) =>
      call<Page<TrainingSession>>('training', '/sessions', {
        query: { centreId: centreId || undefined, limit: LIMIT, offset },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={2}>{t('training.sessions.title')}</Title>
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
      </Group>
      {sessions.error && <Refusal error={sessions.error} />}
      {sessions.isPending && <Loader aria-label={t('common.loading')} />}
      {sessions.data && (
        <>
          <Text>{t('training.sessions.count', { count: sessions.data.total })}</Text>
          <Table striped data-testid="sessions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.col.code')}</Table.Th>
                <Table.Th>{t('training.col.competency')}</Table.Th>
                <Table.Th>{t('vehicles.col.centre')}</Table.Th>
                <Table.Th>{t('training.col.startsOn')}</Table.Th>
                <Table.Th>{t('training.col.enrolled')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.items.map((s) => (
                <Table.Tr key={s.sessionId}>
                  <Table.Td>
                    <Anchor href={hrefOf({ screen: 'session', sessionId: s.sessionId })}>
                      <Ltr>{s.courseCode}</Ltr>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Worded prefix="training.competency" code={s.competency} />
                  </Table.Td>
                  <Table.Td>{centreLabel(s.centreId)}</Table.Td>
                  <Table.Td>
                    <Day value={s.startsOn} />
                  </Table.Td>
                  <Table.Td>
                    {t('training.enrolledOf', { enrolled: s.enrolments.length, capacity: s.capacity })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager offset={offset} limit={LIMIT} total={sessions.data.total} onOffset={setOffset} />
        </>
      )}
    </Stack>
  );
}
