import { CSSVariablesResolver, DirectionProvider, MantineProvider, createTheme, useDirection } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { ApiError, createClient } from './api/client';
import { ApiProvider } from './api/context';
import { CATALOGUES, directionOf, localeOf } from './i18n/messages';
import { Shell } from './layout/Shell';
import { Login } from './layout/Login';
import {
  Preferences,
  ProviderGrant,
  Session,
  storePreferences,
  storeToken,
  storedGrant,
  storedPreferences,
  storedSession,
} from './session';
import { endProviderSession, useRenewal } from './sign-in/renewal';

const theme = createTheme({
  // Noto Naskh Arabic covers only Arabic (its unicode-range), so Latin text falls through to the system font.
  fontFamily: '"Noto Naskh Arabic", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  primaryColor: 'red',
  // The default red shade is too light for white text (axe's colour contrast).
  primaryShade: 8,
  // A reader who asked their system for less motion gets dialogs and menus without it (WCAG 2.3.3).
  respectReducedMotion: true,
});

// Links, and fields in error (their text too: a select's "choose" in red), in red's darkest shade: 5:1 on white and
// on striped rows (the default shades are under 4.5:1).
const variables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-anchor': 'var(--mantine-color-red-9)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

/** Mantine's direction follows the language: it sets `dir` on <html> and its components mirror with it. */
function DirectionOf({ language }: { readonly language: Preferences['language'] }) {
  const { setDirection } = useDirection();
  useEffect(() => {
    setDirection(directionOf(language));
    document.documentElement.lang = language;
  }, [language, setDirection]);
  return null;
}

export function Console() {
  const [preferences, setPreferences] = useState(storedPreferences);
  const [session, setSession] = useState<Session | null>(storedSession);
  const queries = useMemo(
    () =>
      new QueryClient({
        defaultOptions: {
          // A refusal (4xx) will not change by asking again; a network failure or a 5xx might.
          queries: {
            retry: (failures, error) =>
              failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
            refetchOnWindowFocus: false,
          },
        },
      }),
    [],
  );
  const signIn = useCallback((token: string, grant?: ProviderGrant) => {
    storeToken(token, grant);
    setSession(storedSession());
  }, []);
  /** The console's session only: a refused token. */
  const endSession = useCallback(() => {
    storeToken(null);
    queries.clear();
    setSession(null);
  }, [queries]);
  /** Signing out: the provider's session as well, where there is one. */
  const signOut = useCallback(() => {
    const { idToken } = storedGrant();
    endSession();
    if (idToken) void endProviderSession(idToken);
  }, [endSession]);
  useRenewal(session, signIn, endSession);
  const api = useMemo(() => (session ? createClient(session.token, endSession) : null), [session, endSession]);
  const changePreferences = (next: Preferences) => {
    storePreferences(next);
    setPreferences(next);
  };

  return (
    <IntlProvider
      locale={localeOf(preferences.language, preferences.digits)}
      messages={CATALOGUES[preferences.language]}
      defaultLocale="en"
    >
      <DirectionProvider initialDirection={directionOf(preferences.language)} detectDirection={false}>
        <DirectionOf language={preferences.language} />
        <MantineProvider theme={theme} cssVariablesResolver={variables}>
          <QueryClientProvider client={queries}>
            {session && api ? (
              <ApiProvider value={{ call: api, session }}>
                <Shell preferences={preferences} onPreferences={changePreferences} onSignOut={signOut} />
              </ApiProvider>
            ) : (
              <Login preferences={preferences} onPreferences={changePreferences} onToken={signIn} />
            )}
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </IntlProvider>
  );
}
