import { Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { Page, RecognitionCase } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Ltr, Worded } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { RECOGNITION_DECIDERS, RecognitionDecisions } from './RecognitionDecisions';

const STATES = ['open', 'closed', 'all'] as const;
type State = (typeof STATES)[number];

/**
 * Recognition of prior learning of integrated crews' members: their prior service, the evidence seen, and per
 * competency a certification granted or an assessment or refresher required — paged on the server.
 */
export default function Recognition() {
  const t = useT();
  const { call, session } = useApi();
  const queries = useQueryClient();
  const decides = session.roles.some((r) => RECOGNITION_DECIDERS.has(r));
  const reread = () => {
    for (const queryKey of [['recognition'], ['certifications'], ['compliance']]) {
      void queries.invalidateQueries({ queryKey });
    }
  };
  const centreLabel = useCentreLabel();
  const [state, setState] = useState<State>('open');
  const cases = usePagedList({
    queryKey: ['recognition', state],
    read: (paging, signal) =>
      call<Page<RecognitionCase>>('training', '/recognition-cases', {
        query: { open: state === 'all' ? undefined : `${state === 'open'}`, ...paging },
        signal,
      }),
  });
  return (
    <Stack>
      <Title order={2}>{t('training.recognition.title')}</Title>
      <Group>
        <NativeSelect
          label={t('vehicles.filter.status')}
          value={state}
          onChange={(e) => setState(e.currentTarget.value as State)}
          data={STATES.map((s) => ({ value: s, label: t(`training.recognition.${s}`) }))}
        />
      </Group>
      <PagedTable
        list={cases}
        count={(total) => t('training.recognition.count', { count: total })}
        data-testid="recognition"
        keyAs="data-case"
        columns={[
          t('training.col.member'),
          t('vehicles.col.centre'),
          t('training.recognition.priorService'),
          t('training.recognition.openedOn'),
          t('training.recognition.decisions'),
          ...(decides ? [t('training.cert.actions')] : []),
        ]}
        row={(c) => [
          c.caseId,
          [
            <MemberRef memberId={c.memberId} />,
            centreLabel(c.receivingCentreId),
            c.priorService.map((p, i) => (
              <Text size="sm" key={i}>
                <bdi>{p.organisation}</bdi> · <bdi>{p.rankOrRole}</bdi>
              </Text>
            )),
            <Day value={c.openedOn} />,
            <>
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
              {c.grants.length + c.assessments.length === 0 && (
                <Text size="sm" data-testid="evidence-count">
                  {t('training.recognition.evidence', { count: c.evidence.length })}
                </Text>
              )}
              {c.closed && (
                <Text size="sm">
                  {t('training.recognition.closedOn')}: <Day value={c.closed.on} />
                </Text>
              )}
            </>,
            ...(decides ? [<RecognitionDecisions recognition={c} reread={reread} />] : []),
          ],
        ]}
      />
    </Stack>
  );
}
