import { Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { Page, Recovery } from '../api/types';
import { everyOne } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Worded } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { CentreFilter } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';

const STATUSES = everyOne<Recovery['status']>()(['open', 'complete']);

/** Recoveries of what killed or departed members held: open ones first, by centre, paged on the server. */
export default function Recoveries() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const [status, setStatus] = useState<Recovery['status']>('open');
  const recoveries = usePagedList({
    queryKey: ['recoveries', centreId, status],
    read: (paging, signal) =>
      call<Page<Recovery>>('equipment', '/recoveries', {
        query: { centreId: centreId || undefined, status, ...paging },
        signal,
      }),
  });
  const n = (value: number) => intl.formatNumber(value);
  const sum = (r: Recovery, key: 'outstanding' | 'returned' | 'writtenOff') =>
    n(r.items.reduce((total, line) => total + line[key], 0));
  return (
    <Stack>
      <Title order={2}>{t('recovery.title')}</Title>
      <Group align="end">
        <CentreFilter all value={centreId} onChange={setCentreId} />
        <NativeSelect
          label={t('vehicles.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as Recovery['status'])}
          data={STATUSES.map((s) => ({ value: s, label: t(`recovery.status.${s}`) }))}
        />
      </Group>
      <PagedTable
        list={recoveries}
        count={(total) => t('recovery.count', { count: total })}
        data-testid="recoveries"
        columns={[
          t('recovery.col.member'),
          t('recovery.col.cause'),
          t('recovery.col.on'),
          t('vehicles.col.centre'),
          t('recovery.col.outstanding'),
          t('recovery.col.returned'),
          t('recovery.col.writtenOff'),
        ]}
        row={(r) => [
          r.recoveryId,
          [
            <MemberRef memberId={r.memberId} />,
            <Worded prefix="recovery.cause" code={r.cause} />,
            <Day value={r.occurredOn} />,
            centreLabel(r.centreId),
            sum(r, 'outstanding'),
            sum(r, 'returned'),
            sum(r, 'writtenOff'),
          ],
        ]}
      />
    </Stack>
  );
}
