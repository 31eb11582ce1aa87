import { Anchor, Group, NativeSelect, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { ItemEntry, ItemHolder, Page } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { HOLDER_KINDS, itemIssueForm, itemReturnForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Ltr } from '../layout/bits';
import { CentreFilter } from '../layout/CentreFilter';
import { MemberRef } from '../layout/MemberRef';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { hrefOf } from '../route';

/** Whether an item is in service, damaged, or written off (all of it: a counted item's part is in its stock). */
const statusOf = (item: ItemEntry) =>
  item.writtenOff !== null ? 'written-off' : item.damaged ? 'damaged' : 'in-service';

/** Who holds an item: a member (by id), a centre's store, or a vehicle's kit. */
function Holder({ holder }: { readonly holder: ItemHolder }) {
  const t = useT();
  const centreLabel = useCentreLabel();
  switch (holder.kind) {
    case 'member':
      return <MemberRef memberId={holder.id} />;
    case 'centre':
      return <>{centreLabel(holder.id)}</>;
    case 'vehicle':
      return (
        <Anchor href={hrefOf({ screen: 'vehicle', vehicleId: holder.id })}>
          {t('items.holder.vehicle')} <Ltr>{holder.id.slice(0, 8)}</Ltr>
        </Anchor>
      );
  }
}

/** Issues an item (so many of a consumable) from its centre's store to a member, a centre or a vehicle's kit. */
function Issue({ item, reread }: { readonly item: ItemEntry; readonly reread: () => void }) {
  const t = useT();
  const centres = useCentreOptions();
  return (
    <CommandDialog
      label="items.issue"
      title="items.issue.title"
      submit="items.issue.submit"
      form={itemIssueForm(item.inStock)}
      target={{ service: 'equipment', path: `/items/${item.itemId}/issue`, version: item.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, watch, setValue, formState: { errors } }) => (
        <>
          <Text size="sm">
            <bdi>{item.description}</bdi> · {t('items.stock', { inStock: item.inStock, quantity: item.quantity })}
          </Text>
          <NativeSelect
            label={t('items.holder')}
            required
            data={HOLDER_KINDS.map((k) => ({ value: k, label: t(`items.holder.${k}`) }))}
            {...register('holderKind', { onChange: () => setValue('holderId', '') })}
          />
          {watch('holderKind') === 'centre' ? (
            <NativeSelect
              label={t('items.holder.which')}
              required
              error={!!errors.holderId}
              data={[{ value: '', label: t('command.choose') }, ...centres]}
              {...register('holderId')}
            />
          ) : (
            <TextInput
              label={t('items.holder.id')}
              required
              dir="ltr"
              error={!!errors.holderId}
              {...register('holderId')}
            />
          )}
          <TextInput
            type="number"
            label={t('items.quantity')}
            required
            error={!!errors.quantity}
            {...register('quantity')}
          />
          <TextInput
            type="date"
            label={t('items.issuedOn')}
            required
            error={!!errors.issuedOn}
            {...register('issuedOn')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** Takes an item back from one of its holders into its centre's store, in good order or damaged. */
function Return({
  item,
  holding,
  reread,
}: {
  readonly item: ItemEntry;
  readonly holding: ItemEntry['holdings'][number];
  readonly reread: () => void;
}) {
  const t = useT();
  return (
    <CommandDialog
      label="items.return"
      title="items.return.title"
      submit="items.return.submit"
      form={itemReturnForm({ kind: holding.kind, id: holding.id }, holding.quantity)}
      target={{ service: 'equipment', path: `/items/${item.itemId}/return`, version: item.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, control, formState: { errors } }) => (
        <>
          <Text size="sm">
            <bdi>{item.description}</bdi> · {t('items.return.from')} <Holder holder={holding} />
          </Text>
          <TextInput
            type="number"
            label={t('items.quantity')}
            required
            error={!!errors.quantity}
            {...register('quantity')}
          />
          <Controller
            control={control}
            name="condition"
            render={({ field }) => (
              <Radio.Group label={t('items.condition')} required {...field}>
                <Group mt="xs">
                  <Radio value="good" label={t('items.condition.good')} />
                  <Radio value="damaged" label={t('items.condition.damaged')} />
                </Group>
              </Radio.Group>
            )}
          />
          <TextInput
            type="date"
            label={t('items.returnedOn')}
            required
            error={!!errors.returnedOn}
            {...register('returnedOn')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/**
 * Equipment items by centre, paged on the server (a commander: their centres only): what each is, how much is in
 * store and who holds the rest; logistics issue an item from the store and take it back from its holder.
 */
export default function Items() {
  const t = useT();
  const { call, session } = useApi();
  const queries = useQueryClient();
  const centreLabel = useCentreLabel();
  const [centreId, setCentreId] = useState('');
  const items = usePagedList({
    queryKey: ['items', centreId],
    read: (paging, signal) =>
      call<Page<ItemEntry>>('equipment', '/items', { query: { centreId: centreId || undefined, ...paging }, signal }),
  });
  const mayIssue = session.roles.some((r) => r === 'logistics' || r === 'admin');
  const reread = () => void queries.invalidateQueries({ queryKey: ['items'] });
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
          t('items.col.holders'),
        ]}
        row={(item) => {
          const active = mayIssue && item.writtenOff === null;
          return [
            item.itemId,
            [
              t(`itemType.${item.itemType}`),
              <bdi>{item.description}</bdi>,
              item.serialNumber ? <Ltr>{item.serialNumber}</Ltr> : '—',
              <Group gap="xs" wrap="nowrap">
                <span data-testid="in-stock">
                  {t('items.stock', { inStock: item.inStock, quantity: item.quantity })}
                </span>
                {active && item.inStock > 0 && <Issue item={item} reread={reread} />}
              </Group>,
              t(`itemStatus.${statusOf(item)}`),
              centreLabel(item.centreId),
              item.holdings.length === 0 ? (
                '—'
              ) : (
                <Stack gap={4} data-testid="holders">
                  {item.holdings.map((h) => (
                    <Group key={`${h.kind}:${h.id}`} gap="xs" wrap="nowrap">
                      <Text size="sm" component="span">
                        <Holder holder={h} />
                        {h.quantity > 1 && ` ${t('items.held', { quantity: h.quantity })}`}
                      </Text>
                      {active && <Return item={item} holding={h} reread={reread} />}
                    </Group>
                  ))}
                </Stack>
              ),
            ],
          ];
        }}
      />
    </Stack>
  );
}
