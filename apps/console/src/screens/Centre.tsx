import {
  Alert,
  Card,
  Group,
  List,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentres } from '../api/queries';
import type { CentreReadiness } from '../api/types';
import { centreName } from '../format';
import { useT } from '../i18n/use-t';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import { CentreDetails } from './CentreDetails';
import { LevelBadge, useReasonText } from './readiness';

/**
 * A centre at a glance: its readiness with the reasons, who is on duty, vehicles, hazards — now or on a past date.
 * A commander sees only their own centres: the service answers another centre as unknown, and so does this screen.
 */
export default function Centre({ centreId }: { readonly centreId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call, session } = useApi();
  const centres = useCentres();
  const reasonText = useReasonText();
  const [asOf, setAsOf] = useState('');
  const readiness = useQuery({
    queryKey: ['readiness', centreId, asOf],
    queryFn: ({ signal }) =>
      call<CentreReadiness>('centres', `/centres/${centreId}/readiness`, {
        query: { asOf: asOf || undefined },
        signal,
      }),
  });
  const centre = centres.get(centreId);
  const name = centre ? centreName(centre, intl.locale) : '';
  const own = session.roles.includes('commander') ? session.centres : [];

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{name ? t('centre.title', { name }) : t('centre.readiness')}</Title>
        <Group align="end">
          {own.length > 1 && (
            <NativeSelect
              label={t('centre.choose')}
              value={centreId}
              onChange={(e) => window.location.assign(hrefOf({ screen: 'centre', centreId: e.currentTarget.value }))}
              data={own.map((id) => {
                const c = centres.get(id);
                return { value: id, label: c ? centreName(c, intl.locale) : id };
              })}
            />
          )}
          <TextInput
            type="date"
            label={t('common.asOf')}
            value={asOf}
            onChange={(e) => setAsOf(e.currentTarget.value)}
          />
        </Group>
      </Group>
      {readiness.error && <Refusal error={readiness.error} />}
      {readiness.isPending && <Loader aria-label={t('common.loading')} />}
      {readiness.data && (
        <>
          <Card withBorder data-testid="centre-readiness">
            <Group>
              <Text fw={700}>{t('centre.readiness')}</Text>
              <LevelBadge level={readiness.data.level} />
            </Group>
            {!readiness.data.complete && (
              <Alert color="yellow" variant="light" mt="sm">
                {t('centre.incomplete')}
              </Alert>
            )}
            {readiness.data.reasons.length > 0 && (
              <>
                <Text fw={700} mt="md">
                  {t('centre.reasons')}
                </Text>
                <List data-testid="reasons">
                  {readiness.data.reasons.map((r) => (
                    <List.Item key={r.code} data-code={r.code}>
                      {reasonText(r)}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Card>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Card withBorder>
              <Text fw={700}>{t('centre.onDuty', { count: readiness.data.members.onDuty })}</Text>
              <Text size="sm">{t('centre.assigned', { count: readiness.data.members.assigned })}</Text>
            </Card>
            <Card withBorder>
              <Text fw={700}>
                {readiness.data.vehicles.known
                  ? t('centre.vehicles', {
                      // Both given whenever the vehicles are known.
                      serviceable: readiness.data.vehicles.serviceable ?? 0,
                      held: readiness.data.vehicles.held ?? 0,
                    })
                  : t('centre.vehiclesUnknown')}
              </Text>
            </Card>
            <Card withBorder>
              <Text fw={700}>{t('centre.hazards', { open: readiness.data.hazards.open })}</Text>
            </Card>
          </SimpleGrid>
          <CentreDetails centreId={centreId} asOf={asOf} roles={session.roles} />
        </>
      )}
    </Stack>
  );
}
