import { Loader, Stack, Table, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import type { Course, Page } from '../api/types';
import { inLanguage } from '../format';
import { useT } from '../i18n/use-t';
import { Ltr, Worded } from '../layout/bits';
import { Pager } from '../layout/Pager';
import { Refusal } from '../layout/Refusal';

const LIMIT = 25;

/** The course catalogue (courses still offered), by code, paged on the server. */
export default function Courses() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const [offset, setOffset] = useState(0);
  const courses = useQuery({
    queryKey: ['courses', offset],
    queryFn: ({ signal }) => call<Page<Course>>('training', '/courses', { query: { limit: LIMIT, offset }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={2}>{t('training.courses.title')}</Title>
      {courses.error && <Refusal error={courses.error} />}
      {courses.isPending && <Loader aria-label={t('common.loading')} />}
      {courses.data && (
        <>
          <Table striped data-testid="courses">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.col.code')}</Table.Th>
                <Table.Th>{t('training.col.course')}</Table.Th>
                <Table.Th>{t('training.col.competency')}</Table.Th>
                <Table.Th>{t('training.col.hours')}</Table.Th>
                <Table.Th>{t('training.col.passMark')}</Table.Th>
                <Table.Th>{t('training.col.validity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {courses.data.items.map((c) => (
                <Table.Tr key={c.courseId}>
                  <Table.Td>
                    <Ltr>{c.code}</Ltr>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{inLanguage(c.nameAr, c.nameEn, intl.locale)}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Worded prefix="training.competency" code={c.competency} />
                  </Table.Td>
                  <Table.Td>{intl.formatNumber(c.hours)}</Table.Td>
                  <Table.Td>{intl.formatNumber(c.passMark)}</Table.Td>
                  <Table.Td>
                    {c.validityMonths === null
                      ? t('training.noExpiry')
                      : t('training.months', { count: c.validityMonths })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager offset={offset} limit={LIMIT} total={courses.data.total} onOffset={setOffset} />
        </>
      )}
    </Stack>
  );
}
