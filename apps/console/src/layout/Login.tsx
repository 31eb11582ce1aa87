import { Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/use-t';
import type { Preferences } from '../session';
import { PreferenceControls } from './PreferenceControls';

// Compiled out of production builds (`__DEV_LOGIN__` is false there): the chunk and the dev endpoint's path with it.
const DevLogin = __DEV_LOGIN__ ? lazy(() => import('./DevLogin')) : null;

export function Login({
  preferences,
  onPreferences,
  onToken,
}: {
  readonly preferences: Preferences;
  readonly onPreferences: (next: Preferences) => void;
  readonly onToken: (token: string) => void;
}) {
  const t = useT();
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack>
          <Group justify="space-between">
            <Title order={1} size="h2">
              {t('login.title')}
            </Title>
            <PreferenceControls preferences={preferences} onPreferences={onPreferences} />
          </Group>
          {DevLogin ? (
            <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
              <DevLogin onToken={onToken} />
            </Suspense>
          ) : (
            <Text>{t('login.noDevLogin')}</Text>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
