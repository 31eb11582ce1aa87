import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { CATALOGUES, Language, localeOf } from './i18n/messages';

/** For component specs in jsdom, which has no layout: Mantine asks for media queries (colour scheme, breakpoints). */
export function stubMatchMedia(): void {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}

/** A component as the console renders it: in the reader's language, with Mantine and a query cache of its own. */
export function inConsole(language: Language, ui: ReactNode) {
  return (
    <IntlProvider locale={localeOf(language, 'latn')} messages={CATALOGUES[language]}>
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>
      </MantineProvider>
    </IntlProvider>
  );
}
