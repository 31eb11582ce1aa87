import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { centreName, inLanguage } from '../format';
import { useApi } from './context';
import type { CentreSummary, DonorEntry, Page } from './types';

/** The centres the user may see (a commander: theirs only), by id: for names in tables and filters. */
export function useCentres(): ReadonlyMap<string, CentreSummary> {
  const { call } = useApi();
  const { data } = useQuery({
    queryKey: ['centres', 'list'],
    queryFn: ({ signal }) => call<Page<CentreSummary>>('centres', '/centres', { query: { limit: 200 }, signal }),
    staleTime: 60_000,
  });
  return new Map((data?.items ?? []).map((c) => [c.centreId, c]));
}

const labelOf = (centre: CentreSummary, locale: string) => `${centre.code} · ${centreName(centre, locale)}`;

/** The centres the user may see, as a select's options (code · name), but `except` (a vehicle's own centre). */
export function useCentreOptions(except: string | null = null): { value: string; label: string }[] {
  const centres = useCentres();
  const intl = useIntl();
  return [...centres.values()]
    .filter((c) => c.centreId !== except)
    .map((c) => ({ value: c.centreId, label: labelOf(c, intl.locale) }));
}

/** A centre's name in the reader's language, or its id while the list loads (or for a centre not visible). */
export function useCentreLabel(): (centreId: string | null) => string {
  const centres = useCentres();
  const intl = useIntl();
  return (centreId) => {
    if (!centreId) return '—';
    const centre = centres.get(centreId);
    return centre ? labelOf(centre, intl.locale) : centreId;
  };
}

const DONOR_READERS = new Set(['logistics', 'admin', 'auditor', 'commander']);

/** The donors of the register (its readers: logistics, admins, auditors, commanders), as a select's options in the reader's
 * language. */
export function useDonorOptions(): { value: string; label: string }[] {
  const { call, session } = useApi();
  const intl = useIntl();
  const { data } = useQuery({
    enabled: session.roles.some((r) => DONOR_READERS.has(r)),
    queryKey: ['donors', 'options'],
    queryFn: ({ signal }) => call<Page<DonorEntry>>('equipment', '/donors', { query: { limit: 200 }, signal }),
    staleTime: 60_000,
  });
  return (data?.items ?? []).map((d) => ({ value: d.donorId, label: inLanguage(d.names.ar, d.names.en, intl.locale) }));
}
