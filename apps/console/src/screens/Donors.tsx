import { Anchor, Stack, Title } from '@mantine/core';
import { useApi } from '../api/context';
import type { DonorEntry, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Ltr } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { hrefOf } from '../route';

/** The donor register, paged on the server: each donor opens its traceability report. */
export default function Donors() {
  const t = useT();
  const { call } = useApi();
  const donors = usePagedList({
    queryKey: ['donors'],
    read: (paging, signal) => call<Page<DonorEntry>>('equipment', '/donors', { query: paging, signal }),
  });
  return (
    <Stack>
      <Title order={2}>{t('donor.title')}</Title>
      <PagedTable
        list={donors}
        data-testid="donors"
        columns={[t('donor.col.nameAr'), t('donor.col.nameEn'), t('donor.col.kind'), t('donor.col.country')]}
        row={(d) => [
          d.donorId,
          [
            <Anchor href={hrefOf({ screen: 'donor', donorId: d.donorId })}>
              <bdi lang="ar">{d.names.ar}</bdi>
            </Anchor>,
            <bdi lang="en">{d.names.en}</bdi>,
            t(`donor.kind.${d.kind}`),
            <Ltr>{d.country}</Ltr>,
          ],
        ]}
      />
    </Stack>
  );
}
