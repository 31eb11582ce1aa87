import { Anchor, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { Page, TrainingSession } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Ltr, Worded } from '../layout/bits';
import { CentreFilter } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { hrefOf } from '../route';

/** Training sessions by centre, the latest first, paged on the server; each opens its enrolments and results. */
export default function Sessions() {
  const t = useT();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const sessions = usePagedList({
    queryKey: ['sessions', centreId],
    read: (paging, signal) =>
      call<Page<TrainingSession>>('training', '/sessions', {
        query: { centreId: centreId || undefined, ...paging },
        signal,
      }),
  });
  return (
    <Stack>
      <Title order={2}>{t('training.sessions.title')}</Title>
      <Group align="end">
        <CentreFilter all value={centreId} onChange={setCentreId} />
      </Group>
      <PagedTable
        list={sessions}
        count={(total) => t('training.sessions.count', { count: total })}
        data-testid="sessions"
        columns={[
          t('training.col.code'),
          t('training.col.competency'),
          t('vehicles.col.centre'),
          t('training.col.startsOn'),
          t('training.col.enrolled'),
        ]}
        row={(s) => [
          s.sessionId,
          [
            <Anchor href={hrefOf({ screen: 'session', sessionId: s.sessionId })}>
              <Ltr>{s.courseCode}</Ltr>
            </Anchor>,
            <Worded prefix="training.competency" code={s.competency} />,
            centreLabel(s.centreId),
            <Day value={s.startsOn} />,
            t('training.enrolledOf', { enrolled: s.enrolments.length, capacity: s.capacity }),
          ],
        ]}
      />
    </Stack>
  );
}
