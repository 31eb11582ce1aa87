import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { BaseTransfer, VehicleSummary } from '../api/types';
import { dayOf } from '../format';
import { useT } from '../i18n/use-t';
import { Day, Fact, Instant, Loading, Ltr, Worded } from '../layout/bits';
import { DataTable } from '../layout/DataTable';
import { MemberRef } from '../layout/MemberRef';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import { Actions } from './Transfers';

/**
 * A base transfer's own page: its plan (from, to, when, why, who), where it stands, and each vehicle awaited,
 * arrived or withdrawn; the commands its status allows, as on the list.
 */
export default function Transfer({ transferId }: { readonly transferId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const queries = useQueryClient();
  const centreLabel = useCentreLabel();
  const transfer = useQuery({
    queryKey: ['transfers', 'one', transferId],
    queryFn: ({ signal }) => call<BaseTransfer>('centres', `/base-transfers/${transferId}`, { signal }),
  });
  // Each vehicle's plate, where the reader may read it (else its id).
  const vehicles = useQueries({
    queries: (transfer.data?.vehicles ?? []).map((v) => ({
      queryKey: ['vehicle', v.vehicleId],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        call<VehicleSummary>('equipment', `/vehicles/${v.vehicleId}`, { signal }),
      retry: false,
    })),
  });
  const reread = () => void queries.invalidateQueries({ queryKey: ['transfers'] });
  const x = transfer.data;
  return (
    <Stack>
      <Anchor href={hrefOf({ screen: 'transfers' })}>{t('transfer.back')}</Anchor>
      {transfer.error && <Refusal error={transfer.error} />}
      {transfer.isPending && <Loading />}
      {x && (
        <>
          <Card withBorder>
            <Group justify="space-between" align="start">
              <Title order={2}>
                {t('transfer.title', { from: centreLabel(x.fromCentreId), to: centreLabel(x.toCentreId) })}
              </Title>
              <Actions transfer={x} reread={reread} />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
              <Fact label={t('transfers.col.status')}>
                <span data-testid="transfer-status">{t(`transfers.status.${x.status}`)}</span>
              </Fact>
              <Fact label={t('transfers.col.plannedOn')}>
                <Day value={x.plannedOn} />
              </Fact>
              <Fact label={t('transfer.startedOn')}>
                <Day value={x.startedOn} />
              </Fact>
              <Fact label={t('transfer.effectiveOn')}>
                <Day value={x.effectiveOn} />
              </Fact>
              <Fact label={t('transfers.col.vehicles')}>
                <span data-testid="transfer-progress">
                  {t('transfers.vehicles', {
                    arrived: x.counts.arrived,
                    total: x.vehicles.length,
                    withdrawn: x.counts.withdrawn,
                  })}
                </span>
              </Fact>
              <Fact label={t('transfer.reason')}>
                <bdi>{x.reason}</bdi>
              </Fact>
            </SimpleGrid>
            {x.cancellation && (
              <Text mt="md" data-testid="transfer-cancellation">
                {t('transfer.cancelled', {
                  date: intl.formatDate(dayOf(x.cancellation.cancelledOn), { dateStyle: 'long', timeZone: 'UTC' }),
                  reason: x.cancellation.reason,
                })}
              </Text>
            )}
          </Card>
          <Card withBorder>
            <Title order={3}>{t('transfer.progress')}</Title>
            {x.vehicles.length === 0 ? (
              <Text mt="sm">{t('vehicle.nothing')}</Text>
            ) : (
              <DataTable
                mt="sm"
                data-testid="transfer-vehicles"
                columns={[
                  t('transfer.col.vehicle'),
                  t('transfer.col.progress'),
                  t('transfer.col.arrivedAt'),
                  t('transfer.col.withdrawnFor'),
                ]}
                rows={x.vehicles.map((v, i) => {
                  const plate = vehicles[i]?.data?.plate;
                  return [
                    v.vehicleId,
                    [
                      <Anchor href={hrefOf({ screen: 'vehicle', vehicleId: v.vehicleId })}>
                        <Ltr>{plate ?? v.vehicleId.slice(0, 8)}</Ltr>
                      </Anchor>,
                      t(`transfer.progress.${v.progress}`),
                      v.arrivedAt ? <Instant value={v.arrivedAt} /> : '—',
                      v.withdrawnFor ? <Worded prefix="error" code={v.withdrawnFor} /> : '—',
                    ],
                  ];
                })}
              />
            )}
          </Card>
          <Card withBorder>
            <Title order={3}>{t('transfers.col.members')}</Title>
            <Text mt="sm">{t('transfer.members', { count: x.memberIds.length })}</Text>
            <Group gap="xs" mt="xs" data-testid="transfer-members">
              {x.memberIds.map((memberId) => (
                <MemberRef key={memberId} memberId={memberId} />
              ))}
            </Group>
          </Card>
        </>
      )}
    </Stack>
  );
}
