import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { ItemEntry, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Ltr } from '../layout/bits';
import { CentreFilter } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';

/** Whether an item is in service, damaged, or written off (all of it: a counted item's part is in its stock). */
const statusOf = (item: ItemEntry) =>
  item.writtenOff !== null ? 'written-off' : item.damaged ? 'damaged' : 'in-service';

/** Equipment items by centre, paged on the server (a commander: their centres only): what each is and how much is in store. */
export default function Items() {
  const t = useT();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const items = usePagedList({
    queryKey: ['items', centreId],
    read: (paging, signal) =>
      call<Page<ItemEntry>>('equipment', '/items', { query: { centreId: centreId || undefined, ...paging }, signal }),
  });
  return (
    <Stack>
      <Title order={2}>{t('items.title')}</Title>
      <CentreFilter all value={centreId} onChange={setCentreId} />
      <PagedTable
        list={items}
        count={(total) => t('items.count', { count: total })}
        data-testid="items"
        columns={[
          t('items.col.type'),
          t('items.col.description'),
          t('items.col.serial'),
          t('items.col.stock'),
          t('items.col.status'),
          t('items.col.centre'),
        ]}
        row={(item) => [
          item.itemId,
          [
            t(`itemType.${item.itemType}`),
            <bdi>{item.description}</bdi>,
            item.serialNumber ? <Ltr>{item.serialNumber}</Ltr> : '—',
            t('items.stock', { inStock: item.inStock, quantity: item.quantity }),
            t(`itemStatus.${statusOf(item)}`),
            centreLabel(item.centreId),
          ],
        ]}
      />
    </Stack>
  );
}
