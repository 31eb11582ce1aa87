import { Card, Text, Title } from '@mantine/core';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { FuelIssuePage } from '../api/types';
import { useT } from '../i18n/use-t';
import { Instant } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { FlagReason } from './fuel-flags';

/**
 * A vehicle's fuel, the latest fill first: where, at what odometer, how much, its consumption since the fill before,
 * and what was flagged with its review (commanders see the fills at their centres).
 */
export function VehicleFuel({ vehicleId }: { readonly vehicleId: string }) {
  const t = useT();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const issues = usePagedList({
    queryKey: ['fuel', 'issues', vehicleId],
    read: (paging, signal) =>
      call<FuelIssuePage>('equipment', '/fuel-ledgers/issues', { query: { assetId: vehicleId, ...paging }, signal }),
  });
  return (
    <Card withBorder>
      <Title order={3}>{t('vehicle.fuel')}</Title>
      <PagedTable
        list={issues}
        mt="sm"
        count={(total) => t('vehicle.fuel.count', { count: total })}
        data-testid="vehicle-fuel"
        columns={[
          t('fuel.col.issuedAt'),
          t('vehicle.fuel.centre'),
          t('vehicle.odometer'),
          t('fuel.col.litres'),
          t('vehicle.fuel.consumption'),
          t('fuel.col.flags'),
        ]}
        row={(issue) => [
          issue.issueId,
          [
            <Instant value={issue.issuedAt} />,
            centreLabel(issue.centreId),
            t('vehicle.km', { km: issue.target.reading }),
            t('fuel.litres', { litres: issue.litres }),
            issue.consumption ? t('vehicle.fuel.per100', { litres: issue.consumption.litresPer100Km }) : '—',
            issue.status === 'none' ? (
              '—'
            ) : (
              <>
                {issue.flags.map((f) => (
                  <FlagReason key={f.rule} flag={f} />
                ))}
                <Text size="sm" data-testid="fuel-review">
                  {t(`fuel.status.${issue.status}`)}
                </Text>
              </>
            ),
          ],
        ]}
      />
    </Card>
  );
}
