import { Anchor, Loader, Stack, Table, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/context';
import type { DonorEntry, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Ltr } from '../layout/bits';
import { Pager } from '../layout/Pager';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';

const LIMIT = 25;

/** The donor register, paged on the server: each donor opens its traceability report. */
export default function Donors() {
  const t = useT();
  const { call } = useApi();
  const [offset, setOffset] = useState(0);
  const donors = useQuery({
    queryKey: ['donors', offset],
    queryFn: ({ signal }) =>
      call<Page<DonorEntry>>('equipment', '/donors', { query: { limit: LIMIT, offset }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={2}>{t('donor.title')}</Title>
      {donors.error && <Refusal error={donors.error} />}
      {donors.isPending && <Loader aria-label={t('common.loading')} />}
      {donors.data && (
        <>
          <Table striped data-testid="donors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('donor.col.nameAr')}</Table.Th>
                <Table.Th>{t('donor.col.nameEn')}</Table.Th>
                <Table.Th>{t('donor.col.kind')}</Table.Th>
                <Table.Th>{t('donor.col.country')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {donors.data.items.map((d) => (
                <Table.Tr key={d.donorId}>
                  <Table.Td>
                    <Anchor href={hrefOf({ screen: 'donor', donorId: d.donorId })}>
                      <bdi lang="ar">{d.names.ar}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <bdi lang="en">{d.names.en}</bdi>
                  </Table.Td>
                  <Table.Td>{t(`donor.kind.${d.kind}`)}</Table.Td>
                  <Table.Td>
                    <Ltr>{d.country}</Ltr>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager offset={offset} limit={LIMIT} total={donors.data.total} onOffset={setOffset} />
        </>
      )}
    </Stack>
  );
}
