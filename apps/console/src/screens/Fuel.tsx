import {
  Alert,
  Anchor,
  Card,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { ApiError } from '../api/client';
import { useApi } from '../api/context';
import { useDonorOptions } from '../api/queries';
import type {
  FlaggedIssue,
  FuelLedger,
  FuelReviewStatus,
  IssueFuel,
  ItemEntry,
  Page,
  VehicleSummary,
} from '../api/types';
import { everyOne } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { fuelDeliveryForm, fuelIssueForm, fuelReviewForm, stocktakeForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Fact, Hint, Instant, Ltr } from '../layout/bits';
import { CentreFilter, useOneCentre } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import { FlagReason } from './fuel-flags';

const STATUSES = everyOne<FuelReviewStatus>()(['open', 'cleared', 'confirmed']);

/** Clears (explained) or confirms (a loss to follow up) a flagged issue, saying what was found. */
function Review({
  issue,
  version,
  reread,
}: {
  readonly issue: FlaggedIssue;
  readonly version: number;
  readonly reread: () => void;
}) {
  const t = useT();
  return (
    <CommandDialog
      label="fuel.review"
      title="fuel.review.title"
      submit="fuel.review.submit"
      form={fuelReviewForm(issue.issueId)}
      target={{ service: 'equipment', path: `/fuel-ledgers/${issue.centreId}/flag-reviews`, version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, control, formState: { errors } }) => (
        <>
          <Controller
            control={control}
            name="outcome"
            render={({ field }) => (
              <Radio.Group label={t('fuel.review.outcome')} required {...field}>
                <Stack gap="xs" mt="xs">
                  <Radio value="cleared" label={t('fuel.outcome.cleared')} />
                  <Radio value="confirmed" label={t('fuel.outcome.confirmed')} />
                </Stack>
              </Radio.Group>
            )}
          />
          <Textarea
            label={t('fuel.review.note')}
            required
            maxLength={1000}
            error={!!errors.note}
            {...register('note')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** A member a fuel entry names: by id, as the ledger knows members (equipment holds no names). */
const MEMBER_ID = { required: true, dir: 'ltr' } as const;

/** The ledger's three entries: fuel delivered into the stock, issued to a vehicle, and the stock counted. */
function LedgerCommands({
  centreId,
  ledger,
  reread,
  onIssued,
}: {
  readonly centreId: string;
  /** The ledger as read; null before its first entry (a delivery opens it). */
  readonly ledger: FuelLedger | null;
  readonly reread: () => void;
  readonly onIssued: (issue: IssueFuel) => void;
}) {
  const t = useT();
  const { call } = useApi();
  const vehicles = useQuery({
    queryKey: ['vehicles', 'fuel', centreId],
    queryFn: ({ signal }) =>
      call<Page<VehicleSummary>>('equipment', '/vehicles', { query: { centreId, limit: 200 }, signal }),
    enabled: ledger !== null,
  });
  // The centre's generators (equipment items), still in the register: they are fuelled too.
  const generators = useQuery({
    queryKey: ['items', 'generators', centreId],
    queryFn: ({ signal }) => call<Page<ItemEntry>>('equipment', '/items', { query: { centreId, limit: 200 }, signal }),
    enabled: ledger !== null,
    select: (page) => page.items.filter((i) => i.itemType === 'generator' && i.writtenOff === null),
  });
  const donors = useDonorOptions();
  const target = (route: string) => ({
    service: 'equipment' as const,
    path: `/fuel-ledgers/${centreId}/${route}`,
    ...(ledger ? { version: ledger.version } : {}),
  });
  return (
    <Group gap="xs" data-testid="fuel-commands">
      <CommandDialog
        label="fuel.delivery"
        title="fuel.delivery.title"
        submit="fuel.delivery.submit"
        form={fuelDeliveryForm}
        target={target('deliveries')}
        onDone={reread}
        onReload={reread}
        buttonProps={{ variant: 'filled' }}
      >
        {({ register, formState: { errors } }) => (
          <>
            <TextInput
              type="number"
              step="0.1"
              label={t('fuel.litresIn')}
              required
              error={!!errors.litres}
              {...register('litres')}
            />
            <TextInput
              label={t('fuel.delivery.supplier')}
              description={<Hint>{t('fuel.delivery.sourceHint')}</Hint>}
              maxLength={200}
              error={!!errors.supplier}
              {...register('supplier')}
            />
            <NativeSelect
              label={t('fuel.delivery.donor')}
              data={[{ value: '', label: t('fuel.delivery.noDonor') }, ...donors]}
              {...register('donorId')}
            />
            <Group grow align="start">
              <TextInput
                type="number"
                step="0.01"
                label={t('fuel.delivery.cost')}
                error={!!errors.costAmount}
                {...register('costAmount')}
              />
              <TextInput
                label={t('fuel.delivery.currency')}
                dir="ltr"
                maxLength={3}
                error={!!errors.currency}
                {...register('currency')}
              />
            </Group>
            <TextInput
              {...MEMBER_ID}
              label={t('fuel.receivedBy')}
              error={!!errors.receivedBy}
              {...register('receivedBy')}
            />
            <TextInput
              type="datetime-local"
              label={t('fuel.deliveredAt')}
              required
              error={!!errors.deliveredAt}
              {...register('deliveredAt')}
            />
          </>
        )}
      </CommandDialog>
      {ledger && (
        <CommandDialog
          label="fuel.issue"
          title="fuel.issue.title"
          submit="fuel.issue.submit"
          form={fuelIssueForm}
          target={target('issues')}
          onDone={(_result, issue) => {
            reread();
            onIssued(issue);
          }}
          onReload={reread}
        >
          {({ register, watch, formState: { errors } }) => (
            <>
              <NativeSelect
                label={t('fuel.issue.target')}
                required
                data={(['vehicle', 'generator'] as const).map((k) => ({
                  value: k,
                  label: t(`fuel.issue.target.${k}`),
                }))}
                {...register('targetKind')}
              />
              {watch('targetKind') === 'vehicle' ? (
                <>
                  <NativeSelect
                    label={t('fuel.issue.vehicle')}
                    required
                    error={!!errors.vehicleId}
                    data={[
                      { value: '', label: t('command.choose') },
                      ...(vehicles.data?.items ?? [])
                        .filter((v) => v.status !== 'written-off')
                        .map((v) => ({
                          value: v.vehicleId,
                          label: `${v.plate} · ${t(`vehicleType.${v.vehicleType}`)}`,
                        })),
                    ]}
                    {...register('vehicleId')}
                  />
                  <TextInput
                    type="number"
                    label={t('fuel.issue.odometer')}
                    required
                    error={!!errors.odometerKm}
                    {...register('odometerKm')}
                  />
                </>
              ) : (
                <>
                  <NativeSelect
                    label={t('fuel.issue.generator')}
                    required
                    error={!!errors.generatorId}
                    data={[
                      { value: '', label: t('command.choose') },
                      ...(generators.data ?? []).map((g) => ({
                        value: g.itemId,
                        label: g.serialNumber ? `${g.description} · ${g.serialNumber}` : g.description,
                      })),
                    ]}
                    {...register('generatorId')}
                  />
                  <TextInput
                    type="number"
                    step="0.1"
                    label={t('fuel.issue.hours')}
                    required
                    error={!!errors.engineHours}
                    {...register('engineHours')}
                  />
                </>
              )}
              <TextInput
                type="number"
                step="0.1"
                label={t('fuel.litresOut')}
                required
                error={!!errors.litres}
                {...register('litres')}
              />
              <TextInput
                {...MEMBER_ID}
                label={t('fuel.issuedBy')}
                error={!!errors.issuedBy}
                {...register('issuedBy')}
              />
              <TextInput
                {...MEMBER_ID}
                label={t('fuel.issue.receivedBy')}
                error={!!errors.receivedBy}
                {...register('receivedBy')}
              />
              <TextInput
                type="datetime-local"
                label={t('fuel.issuedAt')}
                required
                error={!!errors.issuedAt}
                {...register('issuedAt')}
              />
            </>
          )}
        </CommandDialog>
      )}
      {ledger && (
        <CommandDialog
          label="fuel.stocktake"
          title="fuel.stocktake.title"
          submit="fuel.stocktake.submit"
          form={stocktakeForm(ledger.balanceLitres)}
          target={target('stocktakes')}
          onDone={reread}
          onReload={reread}
        >
          {({ register, formState: { errors } }) => (
            <>
              <Text size="sm">{t('fuel.stocktake.ledger', { litres: ledger.balanceLitres })}</Text>
              <TextInput
                type="number"
                step="0.1"
                label={t('fuel.stocktake.counted')}
                required
                error={!!errors.countedLitres}
                {...register('countedLitres')}
              />
              <Textarea
                label={t('fuel.stocktake.reason')}
                maxLength={500}
                error={!!errors.reason}
                {...register('reason')}
              />
              <TextInput
                {...MEMBER_ID}
                label={t('fuel.countedBy')}
                error={!!errors.countedBy}
                {...register('countedBy')}
              />
              <TextInput
                type="datetime-local"
                label={t('fuel.countedAt')}
                required
                error={!!errors.countedAt}
                {...register('countedAt')}
              />
            </>
          )}
        </CommandDialog>
      )}
    </Group>
  );
}

/**
 * What the ledger made of the issue just recorded: the command's answer is the ledger's version only, so its flags
 * are read back from the open flags (the issue found by its vehicle and moment).
 */
function IssueOutcome({ centreId, issue }: { readonly centreId: string; readonly issue: IssueFuel }) {
  const t = useT();
  const { call } = useApi();
  const flagged = useQuery({
    queryKey: ['fuel', 'flags', centreId, 'issued', issue.targetId, issue.issuedAt],
    queryFn: async ({ signal }) => {
      const open = await call<Page<FlaggedIssue>>('equipment', '/fuel-ledgers/flags', {
        query: { centreId, status: 'open', limit: 200 },
        signal,
      });
      return (
        open.items.find(
          (i) =>
            i.target.id === issue.targetId && new Date(i.issuedAt).getTime() === new Date(issue.issuedAt).getTime(),
        ) ?? null
      );
    },
  });
  if (flagged.data === undefined) return null;
  return flagged.data === null ? (
    <Alert color="teal.9" variant="light" data-testid="issue-outcome" data-flagged="false">
      {t('fuel.issue.clean', { litres: issue.litres })}
    </Alert>
  ) : (
    <Alert
      color="orange.9"
      variant="light"
      title={t('fuel.issue.flagged', { litres: issue.litres })}
      data-testid="issue-outcome"
      data-flagged="true"
    >
      {flagged.data.flags.map((flag) => (
        <FlagReason key={flag.rule} flag={flag} />
      ))}
    </Alert>
  );
}

/** A centre's fuel ledger: its stock, and the issues it flagged for review (reviewed ones by outcome), paged. */
export default function Fuel() {
  const t = useT();
  const intl = useIntl();
  const { call, session } = useApi();
  const queries = useQueryClient();
  const [centreId, setCentreId] = useOneCentre();
  const [status, setStatus] = useState<FuelReviewStatus>('open');
  const ledger = useQuery({
    queryKey: ['fuel', 'ledger', centreId],
    queryFn: ({ signal }) => call<FuelLedger>('equipment', `/fuel-ledgers/${centreId}`, { signal }),
    enabled: centreId !== '',
  });
  const flags = usePagedList({
    queryKey: ['fuel', 'flags', centreId, status],
    read: (paging, signal) =>
      call<Page<FlaggedIssue>>('equipment', '/fuel-ledgers/flags', {
        query: { centreId, status, ...paging },
        signal,
      }),
    enabled: centreId !== '',
  });
  const mayReview = session.roles.some((r) => r === 'logistics' || r === 'admin');
  const [issued, setIssued] = useState<{ readonly centreId: string; readonly issue: IssueFuel } | null>(null);
  const reread = () => void queries.invalidateQueries({ queryKey: ['fuel'] });
  // A ledger opens with its first delivery: before, the service knows none (404).
  const unopened = ledger.error instanceof ApiError && ledger.error.status === 404;
  const litres = (n: number) => t('fuel.litres', { litres: n });
  return (
    <Stack>
      <Title order={2}>{t('fuel.title')}</Title>
      <Group align="end">
        <CentreFilter value={centreId} onChange={setCentreId} />
        <NativeSelect
          label={t('fuel.filter.review')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as FuelReviewStatus)}
          data={STATUSES.map((s) => ({ value: s, label: t(`fuel.status.${s}`) }))}
        />
      </Group>
      {mayReview && centreId !== '' && (ledger.data || unopened) && (
        <LedgerCommands
          key={centreId}
          centreId={centreId}
          ledger={ledger.data ?? null}
          reread={reread}
          onIssued={(issue) => setIssued({ centreId, issue })}
        />
      )}
      {issued?.centreId === centreId && <IssueOutcome centreId={centreId} issue={issued.issue} />}
      {ledger.error && <Refusal error={ledger.error} />}
      {ledger.data && (
        <Card withBorder>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Fact label={t('fuel.balance')}>
              <span data-testid="balance">{litres(ledger.data.balanceLitres)}</span>
            </Fact>
            <Fact label={t('fuel.delivered')}>{litres(ledger.data.deliveredLitres)}</Fact>
            <Fact label={t('fuel.issued')}>{litres(ledger.data.issuedLitres)}</Fact>
            <Fact label={t('fuel.openFlags')}>
              <span data-testid="open-flags">{intl.formatNumber(ledger.data.openFlags)}</span>
            </Fact>
          </SimpleGrid>
        </Card>
      )}
      <PagedTable
        list={flags}
        count={(total) => t('fuel.flagged', { count: total })}
        data-testid="fuel-flags"
        columns={[
          t('fuel.col.issuedAt'),
          t('fuel.col.target'),
          t('fuel.col.litres'),
          t('fuel.col.flags'),
          t('fuel.col.review'),
        ]}
        row={(issue) => [
          issue.issueId,
          [
            <Instant value={issue.issuedAt} />,
            issue.target.kind === 'vehicle' ? (
              <Anchor href={hrefOf({ screen: 'vehicle', vehicleId: issue.target.id })}>
                {t('fuel.target.vehicle')}
              </Anchor>
            ) : (
              <>
                {t('fuel.target.item')} <Ltr>{issue.target.id.slice(0, 8)}</Ltr>
              </>
            ),
            litres(issue.litres),
            issue.flags.map((f) => <FlagReason key={f.rule} flag={f} />),
            issue.review ? (
              <>
                {t(`fuel.status.${issue.status}`)} — <bdi>{issue.review.note}</bdi>
              </>
            ) : (
              mayReview && ledger.data && <Review issue={issue} version={ledger.data.version} reread={reread} />
            ),
          ],
        ]}
      />
    </Stack>
  );
}
