import { Anchor, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentres } from '../api/queries';
import type { OrganisationReadiness } from '../api/types';
import { centreName } from '../format';
import { useT } from '../i18n/use-t';
import { Loading, Ltr } from '../layout/bits';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import { LevelBadge } from './readiness';

/** Every centre's readiness, now or on a past date (HR, logistics, auditors, admins). */
export default function Centres() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const centres = useCentres();
  const [asOf, setAsOf] = useState('');
  const readiness = useQuery({
    queryKey: ['readiness', asOf],
    queryFn: ({ signal }) =>
      call<OrganisationReadiness>('centres', '/readiness', { query: { asOf: asOf || undefined }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{t('centres.organisation')}</Title>
        <TextInput type="date" label={t('common.asOf')} value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} />
      </Group>
      {readiness.error && <Refusal error={readiness.error} />}
      {readiness.isPending && <Loading />}
      {readiness.data && (
        <>
          <Text>
            {t('centres.summary', {
              ready: readiness.data.summary.ready,
              limited: readiness.data.summary.limited,
              notReady: readiness.data.summary.notReady,
            })}
          </Text>
          <Table striped data-testid="organisation-readiness">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('centres.col.code')}</Table.Th>
                <Table.Th>{t('centres.col.name')}</Table.Th>
                <Table.Th>{t('centres.col.level')}</Table.Th>
                <Table.Th>{t('centres.col.onDuty')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {readiness.data.centres.map((c) => {
                const centre = centres.get(c.centreId);
                return (
                  <Table.Tr key={c.centreId}>
                    <Table.Td>
                      <Ltr>{c.code ?? '—'}</Ltr>
                    </Table.Td>
                    <Table.Td>
                      <Anchor href={hrefOf({ screen: 'centre', centreId: c.centreId })}>
                        {centre ? centreName(centre, intl.locale) : <Ltr>{c.centreId}</Ltr>}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <LevelBadge level={c.level} />
                    </Table.Td>
                    <Table.Td>{intl.formatNumber(c.members.onDuty)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
