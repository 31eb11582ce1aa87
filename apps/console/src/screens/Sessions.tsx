import { Anchor, Group, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { Course, Page, TrainingSession } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { scheduleSessionForm } from '../commands/forms';
import { inLanguage } from '../format';
import { useT } from '../i18n/use-t';
import { Day, Hint, Ltr, Worded } from '../layout/bits';
import { CentreFilter } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { hrefOf } from '../route';

/** Schedules a session of a course of the catalogue at a centre, then opens it (to enrol its members). */
function Schedule() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const queries = useQueryClient();
  const centres = useCentreOptions();
  const courses = useQuery({
    queryKey: ['courses', 'schedule'],
    queryFn: ({ signal }) => call<Page<Course>>('training', '/courses', { query: { limit: 200 }, signal }),
  });
  return (
    <CommandDialog
      label="training.schedule"
      title="training.schedule.title"
      submit="training.schedule.submit"
      form={scheduleSessionForm}
      target={{ service: 'training', path: '/sessions' }}
      onDone={(result) => {
        void queries.invalidateQueries({ queryKey: ['sessions'] });
        window.location.assign(hrefOf({ screen: 'session', sessionId: result.id }));
      }}
      onReload={() => void queries.invalidateQueries({ queryKey: ['courses'] })}
      buttonProps={{ variant: 'filled' }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('training.col.course')}
            required
            error={!!errors.courseId}
            data={[
              { value: '', label: t('command.choose') },
              ...(courses.data?.items ?? []).map((c) => ({
                value: c.courseId,
                label: `${c.code} · ${inLanguage(c.nameAr, c.nameEn, intl.locale)}`,
              })),
            ]}
            {...register('courseId')}
          />
          <NativeSelect
            label={t('vehicles.col.centre')}
            required
            error={!!errors.centreId}
            data={[{ value: '', label: t('command.choose') }, ...centres]}
            {...register('centreId')}
          />
          <Textarea
            label={t('training.schedule.instructorIds')}
            description={<Hint>{t('training.schedule.instructorsHint')}</Hint>}
            required
            dir="ltr"
            error={!!errors.instructorIds}
            {...register('instructorIds')}
          />
          <Group grow align="start">
            <TextInput
              type="date"
              label={t('training.schedule.startsOn')}
              required
              error={!!errors.startsOn}
              {...register('startsOn')}
            />
            <TextInput
              type="date"
              label={t('training.schedule.endsOn')}
              required
              error={!!errors.endsOn}
              {...register('endsOn')}
            />
          </Group>
          <TextInput
            type="number"
            label={t('training.schedule.capacity.label')}
            required
            error={!!errors.capacity}
            {...register('capacity')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** Training sessions by centre, the latest first, paged on the server; each opens its enrolments and results. */
export default function Sessions() {
  const t = useT();
  const { call, session } = useApi();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const maySchedule = session.roles.some((r) => r === 'training' || r === 'admin' || r === 'commander');
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
      <Group align="end" justify="space-between">
        <CentreFilter all value={centreId} onChange={setCentreId} />
        {maySchedule && <Schedule />}
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
