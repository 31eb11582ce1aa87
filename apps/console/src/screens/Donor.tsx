import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { DonorTraceability } from '../api/types';
import { inLanguage } from '../format';
import { useT } from '../i18n/use-t';
import { Loading, Ltr, Worded } from '../layout/bits';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import { saveFile } from '../save-file';

/**
 * A donor's traceability report: every asset it funded as it stood on a date (now by default) — where it is, its
 * status, moves, damage, repairs, fuel — and the fuel it delivered; the service's CSV of the same, to download.
 */
export default function Donor({ donorId }: { readonly donorId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const [asOf, setAsOf] = useState('');
  const path = `/reports/donors/${donorId}/traceability`;
  const report = useQuery({
    queryKey: ['donor', donorId, 'traceability', asOf],
    queryFn: ({ signal }) => call<DonorTraceability>('equipment', path, { query: { asOf: asOf || undefined }, signal }),
  });
  // The CSV comes from the service (the same report, formula-safe cells), fetched with the user's token.
  const csv = useMutation({
    mutationFn: () => call<Blob>('equipment', `${path}.csv`, { query: { asOf: asOf || undefined }, asFile: true }),
    onSuccess: (file) => saveFile(file, `donor-${donorId}${asOf ? `-${asOf}` : ''}.csv`),
  });
  const r = report.data;
  const n = (value: number) => intl.formatNumber(value);
  return (
    <Stack>
      <Anchor href={hrefOf({ screen: 'donors' })}>{t('donor.back')}</Anchor>
      {report.error && <Refusal error={report.error} />}
      {report.isPending && <Loading />}
      {r && (
        <Card withBorder>
          <Group justify="space-between" align="end">
            <Title order={2}>
              <bdi>{inLanguage(r.donor.names.ar, r.donor.names.en, intl.locale)}</bdi>
            </Title>
            <Group align="end">
              <TextInput
                type="date"
                label={t('common.asOf')}
                value={asOf}
                onChange={(e) => setAsOf(e.currentTarget.value)}
              />
              <Button variant="default" onClick={() => csv.mutate()} loading={csv.isPending}>
                {t('donor.csv')}
              </Button>
            </Group>
          </Group>
          {csv.error && <Refusal error={csv.error} />}
          <Text mt="sm">{t('donor.assets', { count: r.assets.length })}</Text>
          <Table mt="sm" striped data-testid="traceability">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('donor.col.asset')}</Table.Th>
                <Table.Th>{t('vehicles.col.centre')}</Table.Th>
                <Table.Th>{t('vehicles.col.status')}</Table.Th>
                <Table.Th>{t('donor.col.moves')}</Table.Th>
                <Table.Th>{t('donor.col.damage')}</Table.Th>
                <Table.Th>{t('donor.col.repairs')}</Table.Th>
                <Table.Th>{t('donor.col.fuel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.assets.map((a) => (
                <Table.Tr key={a.assetId}>
                  <Table.Td>
                    {a.kind === 'vehicle' ? (
                      <Anchor href={hrefOf({ screen: 'vehicle', vehicleId: a.assetId })}>
                        <Ltr>{String(a.label['plate'] ?? a.assetId)}</Ltr>
                      </Anchor>
                    ) : (
                      <Ltr>{String(a.label['serialNumber'] ?? a.label['description'] ?? a.assetId)}</Ltr>
                    )}
                  </Table.Td>
                  <Table.Td>{centreLabel(a.centreId)}</Table.Td>
                  <Table.Td>
                    <Worded prefix="vehicleStatus" code={a.status} />
                  </Table.Td>
                  <Table.Td>{n(a.moves)}</Table.Td>
                  <Table.Td>{n(a.damage)}</Table.Td>
                  <Table.Td>{n(a.repairOrders)}</Table.Td>
                  <Table.Td>{t('fuel.litres', { litres: a.fuelLitres })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
