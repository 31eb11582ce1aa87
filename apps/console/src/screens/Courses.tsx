import { Stack, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import type { Course, Page } from '../api/types';
import { inLanguage } from '../format';
import { useT } from '../i18n/use-t';
import { Ltr, Worded } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';

/** The course catalogue (courses still offered), by code, paged on the server. */
export default function Courses() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const courses = usePagedList({
    queryKey: ['courses'],
    read: (paging, signal) => call<Page<Course>>('training', '/courses', { query: paging, signal }),
  });
  return (
    <Stack>
      <Title order={2}>{t('training.courses.title')}</Title>
      <PagedTable
        list={courses}
        data-testid="courses"
        columns={[
          t('training.col.code'),
          t('training.col.course'),
          t('training.col.competency'),
          t('training.col.hours'),
          t('training.col.passMark'),
          t('training.col.validity'),
        ]}
        row={(c) => [
          c.courseId,
          [
            <Ltr>{c.code}</Ltr>,
            <bdi>{inLanguage(c.nameAr, c.nameEn, intl.locale)}</bdi>,
            <Worded prefix="training.competency" code={c.competency} />,
            intl.formatNumber(c.hours),
            intl.formatNumber(c.passMark),
            c.validityMonths === null ? t('training.noExpiry') : t('training.months', { count: c.validityMonths }),
          ],
        ]}
      />
    </Stack>
  );
}
