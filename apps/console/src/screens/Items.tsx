import { Anchor, Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions, useDonorOptions } from '../api/queries';
import type { ItemEntry, ItemHolder, ItemType, Page, RegisterItem } from '../api/types';
import { everyOne } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import {
  HOLDER_KINDS,
  ITEM_WRITE_OFF_REASONS,
  holderKey,
  itemDamageForm,
  itemIssueForm,
  itemRegistrationForm,
  itemReturnForm,
  itemWriteOffForm,
} from '../commands/forms';
import { dayOf } from '../format';
import { useT } from '../i18n/use-t';
import { Hint, Ltr } from '../layout/bits';
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

const ITEM_TYPES = everyOne<ItemType>()([
  'generator',
  'hydraulic-rescue-tool',
  'breathing-apparatus',
  'helmet-camera',
  'radio',
  'thermal-camera',
  'chainsaw',
  'first-aid-kit',
  'protective-clothing',
  'consumable',
  'other',
]);

/** Registers an item (or a counted consumable) into a centre's stock, with its donor or own funds. */
function Register({
  centreId,
  onRegistered,
}: {
  readonly centreId: string;
  readonly onRegistered: (body: RegisterItem) => void;
}) {
  const t = useT();
  const centres = useCentreOptions();
  const donors = useDonorOptions();
  return (
    <CommandDialog
      label="items.register"
      title="items.register.title"
      submit="items.register.submit"
      form={{
        ...itemRegistrationForm,
        // The centre the list shows, proposed.
        defaults: (today, now) => ({ ...itemRegistrationForm.defaults(today, now), centreId }),
      }}
      target={{ service: 'equipment', path: '/items' }}
      onDone={(_result, body) => onRegistered(body)}
      onReload={() => undefined}
      buttonProps={{ variant: 'filled', style: { alignSelf: 'start' } }}
    >
      {({ register, watch, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('items.register.type')}
            required
            error={!!errors.type}
            data={[
              { value: '', label: t('command.choose') },
              ...ITEM_TYPES.map((type) => ({ value: type, label: t(`itemType.${type}`) })),
            ]}
            {...register('type')}
          />
          <TextInput
            label={t('items.register.description')}
            required
            maxLength={300}
            error={!!errors.description}
            {...register('description')}
          />
          <TextInput
            label={t('items.register.serial')}
            description={<Hint>{t('items.register.serialHint')}</Hint>}
            dir="ltr"
            maxLength={60}
            error={!!errors.serialNumber}
            {...register('serialNumber')}
          />
          {watch('serialNumber').trim() === '' && (
            <Group grow align="start">
              <TextInput
                type="number"
                label={t('items.register.quantity')}
                required
                error={!!errors.quantity}
                {...register('quantity')}
              />
              <TextInput
                label={t('items.register.unit')}
                required
                maxLength={30}
                error={!!errors.unit}
                {...register('unit')}
              />
            </Group>
          )}
          {watch('type') === 'generator' && (
            <TextInput
              type="number"
              label={t('items.register.tankLabel')}
              error={!!errors.tankCapacityLitres}
              {...register('tankCapacityLitres')}
            />
          )}
          <NativeSelect
            label={t('items.register.centre')}
            required
            error={!!errors.centreId}
            data={[{ value: '', label: t('command.choose') }, ...centres]}
            {...register('centreId')}
          />
          <NativeSelect
            label={t('items.register.donor')}
            data={[{ value: '', label: t('vehicle.ownFunds') }, ...donors]}
            {...register('donorId')}
          />
          <TextInput
            type="date"
            label={t('items.register.acquiredOn')}
            required
            error={!!errors.acquiredOn}
            {...register('acquiredOn')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** Damage to an item: what happened to it, when, in which incident. */
function Damage({ item, reread }: { readonly item: ItemEntry; readonly reread: () => void }) {
  const t = useT();
  return (
    <CommandDialog
      label="items.damage"
      title="items.damage.title"
      submit="items.damage.submit"
      form={itemDamageForm}
      target={{ service: 'equipment', path: `/items/${item.itemId}/damage`, version: item.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <Text size="sm">
            <bdi>{item.description}</bdi>
          </Text>
          <Textarea
            label={t('items.damage.description')}
            required
            maxLength={1000}
            error={!!errors.description}
            {...register('description')}
          />
          <TextInput
            type="date"
            label={t('items.damage.on')}
            required
            error={!!errors.occurredOn}
            {...register('occurredOn')}
          />
          <TextInput label={t('command.incidentRef')} dir="ltr" maxLength={100} {...register('incidentRef')} />
        </>
      )}
    </CommandDialog>
  );
}

/** An item written off from its store or a holder, with its evidence, after a step that restates it: final. */
function WriteOff({ item, reread }: { readonly item: ItemEntry; readonly reread: () => void }) {
  const t = useT();
  const intl = useIntl();
  const centreLabel = useCentreLabel();
  const holderWords = (h: ItemHolder) =>
    h.kind === 'centre' ? centreLabel(h.id) : `${t(`items.holder.${h.kind}`)} ${h.id.slice(0, 8)}`;
  return (
    <CommandDialog
      label="items.writeOff"
      title="items.writeOff.title"
      submit="items.writeOff.next"
      form={itemWriteOffForm(item)}
      target={{ service: 'equipment', path: `/items/${item.itemId}/write-off`, version: item.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs', variant: 'outline', color: 'dark' }}
      confirm={(v) => (
        <Stack gap="xs">
          <Text>
            {t('items.writeOff.confirm', {
              quantity: Number(v.quantity),
              description: item.description,
              date: intl.formatDate(dayOf(v.writtenOffOn), { dateStyle: 'long', timeZone: 'UTC' }),
              kind: v.reason === '' ? '' : t(`items.writeOff.reason.${v.reason}`),
            })}
          </Text>
          <Text>
            {t('items.writeOff.evidence')}: <Ltr>{v.evidenceRef.trim()}</Ltr>
          </Text>
          <Text>{t('items.writeOff.consequences')}</Text>
        </Stack>
      )}
    >
      {({ register, formState: { errors } }) => (
        <>
          <Text size="sm">
            <bdi>{item.description}</bdi>
            {item.serialNumber && (
              <>
                {' · '}
                <Ltr>{item.serialNumber}</Ltr>
              </>
            )}
          </Text>
          <NativeSelect
            label={t('items.writeOff.from')}
            required
            data={[
              { value: '', label: t('items.writeOff.store', { count: item.inStock }) },
              ...item.holdings.map((h) => ({
                value: holderKey(h),
                label: t('items.writeOff.holder', { holder: holderWords(h), count: h.quantity }),
              })),
            ]}
            {...register('from')}
          />
          {item.serialNumber === null && (
            <TextInput
              type="number"
              label={t('items.quantity')}
              required
              error={!!errors.quantity}
              {...register('quantity')}
            />
          )}
          {item.serialNumber !== null && errors.quantity && <Text size="sm">{t('form.quantity')}</Text>}
          <NativeSelect
            label={t('items.writeOff.why')}
            required
            error={!!errors.reason}
            data={[
              { value: '', label: t('command.choose') },
              ...ITEM_WRITE_OFF_REASONS.map((r) => ({ value: r, label: t(`items.writeOff.reason.${r}`) })),
            ]}
            {...register('reason')}
          />
          <TextInput
            label={t('items.writeOff.evidence')}
            required
            dir="ltr"
            maxLength={200}
            error={!!errors.evidenceRef}
            {...register('evidenceRef')}
          />
          <TextInput
            type="date"
            label={t('items.writeOff.on')}
            required
            error={!!errors.writtenOffOn}
            {...register('writtenOffOn')}
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
  const [registered, setRegistered] = useState<RegisterItem | null>(null);
  return (
    <Stack>
      <Title order={2}>{t('items.title')}</Title>
      <CentreFilter all value={centreId} onChange={setCentreId} />
      {mayIssue && (
        <Register
          centreId={centreId}
          onRegistered={(body) => {
            setRegistered(body);
            // The list shows the centre it went into.
            setCentreId(body.centreId);
            reread();
          }}
        />
      )}
      {registered && (
        <Text role="status" data-testid="registered">
          {t('items.registered', { description: registered.description })}
        </Text>
      )}
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
          ...(mayIssue ? [t('items.col.actions')] : []),
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
              ...(mayIssue
                ? [
                    active ? (
                      <Group gap="xs" wrap="nowrap" data-testid="item-commands">
                        <Damage item={item} reread={reread} />
                        {(item.inStock > 0 || item.holdings.length > 0) && <WriteOff item={item} reread={reread} />}
                      </Group>
                    ) : (
                      '—'
                    ),
                  ]
                : []),
            ],
          ];
        }}
      />
    </Stack>
  );
}
