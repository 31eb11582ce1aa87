import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { PersonName } from '../api/types';
import { dayOf, nameSpellings } from '../format';
import { CATALOGUES, MessageId } from '../i18n/messages';
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

/** A recorded event's type in words (`event.<type>` in the catalogues), or its stored type string when not worded. */
export function EventName({ type }: { readonly type: string }) {
  const t = useT();
  const id = `event.${type}`;
  return id in CATALOGUES.en ? <>{t(id as MessageId)}</> : <Ltr>{type}</Ltr>;
}
