import { Anchor, Card, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import type { FlaggedIssue, FuelLedger, FuelReviewStatus, Page } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { fuelReviewForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Fact, Instant, Ltr, Worded } from '../layout/bits';
import { CentreFilter, useOneCentre } from '../layout/CentreFilter';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';

const STATUSES: readonly FuelReviewStatus[] = ['open', 'cleared', 'confirmed'];

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
      {ledger.error && <Refusal error={ledger.error} />}
      {ledger.data && (
        <Card withBorder>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Fact label={t('fuel.balance')}>{litres(ledger.data.balanceLitres)}</Fact>
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
            issue.flags.map((f) => (
              <Text size="sm" key={f.rule}>
                <Worded prefix="fuel.flag" code={f.rule} />
              </Text>
            )),
            issue.review ? (
              <>
                {t(`fuel.status.${issue.status}`)} — <bdi>{issue.review.note}</bdi>
              </>
            ) : (
              mayReview &&
              ledger.data && (
                <Review
                  issue={issue}
                  version={ledger.data.version}
                  reread={() => void queries.invalidateQueries({ queryKey: ['fuel'] })}
                />
              )
            ),
          ],
        ]}
      />
    </Stack>
  );
}
