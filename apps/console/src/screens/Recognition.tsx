import { Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { Page, RecognitionCase } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Ltr, Worded } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { Pager } from '../layout/Pager';
import { Refusal } from '../layout/Refusal';

const LIMIT = 25;
const STATES = ['open', 'closed', 'all'] as const;
type State = (typeof STATES)[number];

/**
 * Recognition of prior learning of integrated crews' members: their prior service, the evidence seen, and per
 * competency a certification granted or an assessment or refresher required — paged on the server.
 */
export default function Recognition() {
  const t = useT();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const [state, setState] = useState<State>('open');
  const [offset, setOffset] = useState(0);
  const cases = useQuery({
    queryKey: ['recognition', state, offset],
    queryFn: ({ signal }) =>
      call<Page<RecognitionCase>>('training', '/recognition-cases', {
        query: { open: state === 'all' ? undefined : `${state === 'open'}`, limit: LIMIT, offset },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={2}>{t('training.recognition.title')}</Title>
      <Group>
        <NativeSelect
          label={t('vehicles.filter.status')}
          value={state}
          onChange={(e) => {
            setState(e.currentTarget.value as State);
            setOffset(0);
          }}
          data={STATES.map((s) => ({ value: s, label: t(`training.recognition.${s}`) }))}
        />
      </Group>
      {cases.error && <Refusal error={cases.error} />}
      {cases.isPending && <Loader aria-label={t('common.loading')} />}
      {cases.data && (
        <>
          <Text>{t('training.recognition.count', { count: cases.data.total })}</Text>
          {cases.data.total > 0 && (
            <Table striped data-testid="recognition">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('training.col.member')}</Table.Th>
                  <Table.Th>{t('vehicles.col.centre')}</Table.Th>
                  <Table.Th>{t('training.recognition.priorService')}</Table.Th>
                  <Table.Th>{t('training.recognition.openedOn')}</Table.Th>
                  <Table.Th>{t('training.recognition.decisions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cases.data.items.map((c) => (
                  <Table.Tr key={c.caseId}>
                    <Table.Td>
                      <MemberRef memberId={c.memberId} />
                    </Table.Td>
                    <Table.Td>{centreLabel(c.receivingCentreId)}</Table.Td>
                    <Table.Td>
                      {c.priorService.map((p, i) => (
                        <Text size="sm" key={i}>
                          <bdi>{p.organisation}</bdi> · <bdi>{p.rankOrRole}</bdi>
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Day value={c.openedOn} />
                    </Table.Td>
                    <Table.Td>
                      {c.grants.map((g) => (
                        <Text size="sm" key={`g-${g.courseCode}`}>
                          <Worded prefix="training.competency" code={g.competency} /> (<Ltr>{g.courseCode}</Ltr>) —{' '}
                          {t('training.recognition.granted')}
                        </Text>
                      ))}
                      {c.assessments.map((a) => (
                        <Text size="sm" key={`a-${a.courseCode}`}>
                          <Worded prefix="training.competency" code={a.competency} /> (<Ltr>{a.courseCode}</Ltr>) —{' '}
                          {t(`training.recognition.${a.requirement}`)}
                        </Text>
                      ))}
                      {c.grants.length + c.assessments.length === 0 &&
                        t('training.recognition.evidence', { count: c.evidence.length })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Pager offset={offset} limit={LIMIT} total={cases.data.total} onOffset={setOffset} />
        </>
      )}
    </Stack>
  );
}
