import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Loading } from './bits';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import type { Preferences, ProviderGrant } from '../session';
import type { ProviderTokens, SignInConfig } from '../sign-in/oidc';
import { PreferenceControls } from './PreferenceControls';

// Compiled out of production builds (`__DEV_LOGIN__` is false there): the chunk and the dev endpoint's path with it.
const DevLogin = __DEV_LOGIN__ ? lazy(() => import('./DevLogin')) : null;
// The OpenID Connect client is loaded only on this page, not with the first screen of a signed-in user.
const oidc = () => import('../sign-in/oidc');

type Provider =
  | { readonly state: 'asking' | 'none' | 'completing' }
  | { readonly state: 'ready'; readonly config: SignInConfig }
  | { readonly state: 'failed'; readonly config: SignInConfig | null; readonly reason: string };

// The provider's answer is exchanged once, however often the page renders meanwhile (a code is single-use).
let answer: Promise<ProviderTokens> | null = null;

/**
 * The organisation's identity provider when the gateway names one — and the provider's answer completed when this
 * page load is it — and, in development builds, the personas.
 */
function useProvider(onToken: (token: string, grant?: ProviderGrant) => void): Provider {
  const [provider, setProvider] = useState<Provider>({ state: 'asking' });
  const tokenTo = useRef(onToken);
  tokenTo.current = onToken;
  useEffect(() => {
    let config: SignInConfig | null = null;
    void (async () => {
      const { signInConfig, isSignInAnswer, completeSignIn } = await oidc();
      config = await signInConfig();
      const here = new URL(window.location.href);
      if (!config || (!answer && !isSignInAnswer(here))) {
        return setProvider(config ? { state: 'ready', config } : { state: 'none' });
      }
      setProvider({ state: 'completing' });
      if (!answer) {
        // The answer's parameters leave the address bar whatever happens: a reload must not replay them.
        window.history.replaceState(null, '', `/${here.hash}`);
        answer = completeSignIn(config, here);
      }
      const exchanging = answer;
      const { accessToken, ...grant } = await exchanging;
      // Spent: signing out later in this page load must show the sign-in page, not sign in again.
      if (answer === exchanging) answer = null;
      tokenTo.current(accessToken, grant);
    })().catch((error: unknown) => {
      answer = null;
      setProvider({ state: 'failed', config, reason: error instanceof Error ? error.message : String(error) });
    });
  }, []);
  return provider;
}

export function Login({
  preferences,
  onPreferences,
  onToken,
}: {
  readonly preferences: Preferences;
  readonly onPreferences: (next: Preferences) => void;
  readonly onToken: (token: string, grant?: ProviderGrant) => void;
}) {
  const t = useT();
  const provider = useProvider(onToken);
  const config = provider.state === 'ready' || provider.state === 'failed' ? provider.config : null;
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
          {provider.state === 'asking' || provider.state === 'completing' ? (
            <Group gap="xs">
              <Loader size="sm" aria-hidden />
              <Text>{t(provider.state === 'completing' ? 'login.completing' : 'common.loading')}</Text>
            </Group>
          ) : null}
          {provider.state === 'failed' ? (
            <Alert color="red" role="alert" data-code="SIGN_IN_FAILED">
              {t('login.failed', { message: provider.reason })}
            </Alert>
          ) : null}
          {config ? (
            <Button size="md" onClick={() => void oidc().then(({ startSignIn }) => startSignIn(config))}>
              {t('login.organisation')}
            </Button>
          ) : null}
          {DevLogin ? (
            <Suspense fallback={<Loading size="sm" />}>
              <DevLogin onToken={onToken} />
            </Suspense>
          ) : provider.state === 'none' ? (
            <Text>{t('login.noSignIn')}</Text>
          ) : null}
        </Stack>
      </Paper>
    </Center>
  );
}
