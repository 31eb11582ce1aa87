import { Loader, LoaderProps, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { PersonName } from '../api/types';
import { dayOf, nameSpellings } from '../format';
import { knownId } from '../i18n/messages';
import { useT } from '../i18n/use-t';

/** Plates, ids, hashes, codes: left to right inside either direction, isolated from the text around them. */
export function Ltr({ children }: { readonly children: ReactNode }) {
  return (
    <bdi dir="ltr" className="ltr">
      {children}
    </bdi>
  );
}

/** A person's name in each script recorded, each in its own direction (<bdi>) inside the page's. */
export function Name({ name }: { readonly name: PersonName }) {
  const intl = useIntl();
  return (
    <>
      {nameSpellings(name, intl.locale).map((spelling, i) => (
        <span key={spelling.lang}>
          {i > 0 && ' · '}
          <bdi lang={spelling.lang}>{spelling.text}</bdi>
        </span>
      ))}
    </>
  );
}

/** A calendar date (YYYY-MM-DD) in the reader's language and digits. */
export function Day({ value }: { readonly value: string | null }) {
  const intl = useIntl();
  if (!value) return <>—</>;
  return <time dateTime={value}>{intl.formatDate(dayOf(value), { dateStyle: 'medium', timeZone: 'UTC' })}</time>;
}

/** An instant, to the minute, in the reader's language, digits and time zone. */
export function Instant({ value }: { readonly value: string }) {
  const intl = useIntl();
  return <time dateTime={value}>{intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' })}</time>;
}

/** A code the services send, worded when the catalogues word `<prefix>.<code>`, else shown as the code itself. */
export function Worded({ prefix, code }: { readonly prefix: string; readonly code: string }) {
  const t = useT();
  const id = knownId(`${prefix}.${code}`);
  return id ? <>{t(id)}</> : <Ltr>{code}</Ltr>;
}

/** One labelled fact of a record's card. */
export function Fact({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

/** A field's description: Mantine's default dimmed grey is under 4.5:1 on white. */
export function Hint({ children }: { readonly children: ReactNode }) {
  return (
    <Text component="span" size="xs" c="gray.7">
      {children}
    </Text>
  );
}

/** A spinner that says it is loading: a status, so that its name is allowed (axe: aria-prohibited-attr). */
export function Loading(props: Pick<LoaderProps, 'size'>) {
  const t = useT();
  return <Loader role="status" aria-label={t('common.loading')} {...props} />;
}
