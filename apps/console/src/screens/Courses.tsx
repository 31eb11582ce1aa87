import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import type { Course, MemberRole, Page, RoleRequirements } from '../api/types';
import { inLanguage } from '../format';
import { useT } from '../i18n/use-t';
import { Day, Loading, Ltr, Worded } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { Refusal } from '../layout/Refusal';
import { AddCourse, CourseCommands, SetRoleRequirements, useKeepsCatalogue } from './CourseCommands';

/** What each member role requires today, and since when; training managers and admins change it. */
function RoleRequirementsCard() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const queries = useQueryClient();
  const keeps = useKeepsCatalogue();
  const requirements = useQuery({
    queryKey: ['role-requirements'],
    queryFn: ({ signal }) => call<{ items: RoleRequirements[] }>('training', '/role-requirements', { signal }),
  });
  // A role's requirements change who is compliant.
  const reread = () => {
    for (const queryKey of [['role-requirements'], ['compliance']]) void queries.invalidateQueries({ queryKey });
  };
  return (
    <Card withBorder>
      <Title order={3}>{t('training.requirements.title')}</Title>
      {requirements.error && <Refusal error={requirements.error} />}
      {requirements.isPending && <Loading />}
      {requirements.data && (
        <Table mt="sm" striped data-testid="role-requirements">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.col.role')}</Table.Th>
              <Table.Th>{t('training.requirements.competencies')}</Table.Th>
              <Table.Th>{t('training.requirements.since')}</Table.Th>
              {keeps && <Table.Th>{t('training.cert.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requirements.data.items.map((r) => (
              <Table.Tr key={r.role} data-role={r.role}>
                <Table.Td>{t(`role.${r.role as MemberRole}`)}</Table.Td>
                <Table.Td data-testid="required">
                  {r.competencies.length === 0
                    ? t('training.requirements.none')
                    : intl.formatList(
                        r.competencies.map((c) => <Worded key={c} prefix="training.competency" code={c} />),
                      )}
                </Table.Td>
                <Table.Td>
                  {r.from ? <Day value={r.from} /> : t('training.requirements.default')}
                  {r.reason && (
                    <Text size="sm" c="gray.7">
                      <bdi>{r.reason}</bdi>
                    </Text>
                  )}
                </Table.Td>
                {keeps && (
                  <Table.Td>
                    <SetRoleRequirements requirements={r} reread={reread} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** The course catalogue (courses still offered), by code, paged on the server; and what each role requires. */
export default function Courses() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const queries = useQueryClient();
  const keeps = useKeepsCatalogue();
  const courses = usePagedList({
    queryKey: ['courses'],
    read: (paging, signal) => call<Page<Course>>('training', '/courses', { query: paging, signal }),
  });
  const reread = () => void queries.invalidateQueries({ queryKey: ['courses'] });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('training.courses.title')}</Title>
        {keeps && <AddCourse reread={reread} />}
      </Group>
      <PagedTable
        list={courses}
        data-testid="courses"
        keyAs="data-course"
        columns={[
          t('training.col.code'),
          t('training.col.course'),
          t('training.col.competency'),
          t('training.col.hours'),
          t('training.col.passMark'),
          t('training.col.validity'),
          ...(keeps ? [t('training.cert.actions')] : []),
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
            ...(keeps ? [<CourseCommands course={c} reread={reread} />] : []),
          ],
        ]}
      />
      <RoleRequirementsCard />
    </Stack>
  );
}
