import { Card, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { ExpiringCertification, MemberCompliance, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Worded } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { Pager } from '../layout/Pager';
import { Refusal } from '../layout/Refusal';

const LIMIT = 25;
const WINDOWS = [30, 60, 90, 180] as const;

/**
 * Compliance with the roles' requirements: a centre's members who lack a required competency today (missing,
 * expired, suspended, revoked), and the certifications expiring within a window — both paged on the server.
 */
export default function Compliance() {
  const t = useT();
  const intl = useIntl();
  const { call, session } = useApi();
  const centreOptions = useCentreOptions();
  const centreLabel = useCentreLabel();
  const [chosen, setChosen] = useState('');
  const centreId = chosen || session.centres[0] || (centreOptions[0]?.value ?? '');
  const [offset, setOffset] = useState(0);
  const [withinDays, setWithinDays] = useState<number>(WINDOWS[1]);
  const [expiringOffset, setExpiringOffset] = useState(0);
  const lacking = useQuery({
    queryKey: ['compliance', centreId, offset],
    queryFn: ({ signal }) =>
      call<Page<MemberCompliance>>('training', `/compliance/centres/${centreId}`, {
        query: { limit: LIMIT, offset },
        signal,
      }),
    enabled: centreId !== '',
    placeholderData: keepPreviousData,
  });
  const expiring = useQuery({
    queryKey: ['compliance', 'expiring', centreId, withinDays, expiringOffset],
    queryFn: ({ signal }) =>
      call<Page<ExpiringCertification>>('training', '/compliance/expiring', {
        query: { centreId, withinDays, limit: LIMIT, offset: expiringOffset },
        signal,
      }),
    enabled: centreId !== '',
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={2}>{t('training.compliance.title')}</Title>
      <NativeSelect
        label={t('vehicles.filter.centre')}
        value={centreId}
        onChange={(e) => {
          setChosen(e.currentTarget.value);
          setOffset(0);
          setExpiringOffset(0);
        }}
        data={centreOptions}
        maw={360}
      />
      <Card withBorder>
        <Title order={3}>{t('training.lacking.title')}</Title>
        {lacking.error && <Refusal error={lacking.error} />}
        {lacking.isPending && centreId !== '' && <Loader aria-label={t('common.loading')} />}
        {lacking.data && (
          <>
            <Text mt="sm">{t('training.lacking.count', { count: lacking.data.total })}</Text>
            {lacking.data.total > 0 && (
              <Table mt="sm" striped data-testid="lacking">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('training.col.member')}</Table.Th>
                    <Table.Th>{t('members.col.roles')}</Table.Th>
                    <Table.Th>{t('training.col.lacking')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lacking.data.items.map((m) => (
                    <Table.Tr key={m.memberId}>
                      <Table.Td>
                        <MemberRef memberId={m.memberId} />
                      </Table.Td>
                      <Table.Td>{intl.formatList(m.roles.map((r) => t(`role.${r}`)))}</Table.Td>
                      <Table.Td>
                        {m.lacking.map((l) => (
                          <Text size="sm" key={l.competency}>
                            <Worded prefix="training.competency" code={l.competency} /> —{' '}
                            {t(`training.shortfall.${l.reason}`)}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Pager offset={offset} limit={LIMIT} total={lacking.data.total} onOffset={setOffset} />
          </>
        )}
      </Card>
      <Card withBorder>
        <Group justify="space-between" align="end">
          <Title order={3}>{t('training.expiring.title')}</Title>
          <NativeSelect
            label={t('training.expiring.within')}
            value={`${withinDays}`}
            onChange={(e) => {
              setWithinDays(Number(e.currentTarget.value));
              setExpiringOffset(0);
            }}
            data={WINDOWS.map((d) => ({ value: `${d}`, label: t('training.days', { count: d }) }))}
          />
        </Group>
        {expiring.error && <Refusal error={expiring.error} />}
        {expiring.data && (
          <>
            <Text mt="sm">{t('training.expiring.count', { count: expiring.data.total })}</Text>
            {expiring.data.total > 0 && (
              <Table mt="sm" striped data-testid="expiring">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('training.col.member')}</Table.Th>
                    <Table.Th>{t('training.col.competency')}</Table.Th>
                    <Table.Th>{t('vehicles.col.centre')}</Table.Th>
                    <Table.Th>{t('training.col.expiresOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {expiring.data.items.map((c) => (
                    <Table.Tr key={c.certificationId}>
                      <Table.Td>
                        <MemberRef memberId={c.memberId} />
                      </Table.Td>
                      <Table.Td>
                        <Worded prefix="training.competency" code={c.competency} />
                      </Table.Td>
                      <Table.Td>{centreLabel(c.centreId)}</Table.Td>
                      <Table.Td>
                        <Day value={c.expiresOn} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Pager offset={expiringOffset} limit={LIMIT} total={expiring.data.total} onOffset={setExpiringOffset} />
          </>
        )}
      </Card>
    </Stack>
  );
}
