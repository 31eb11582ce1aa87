import { Anchor, Badge, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { MemberProfile, NameSearchPage, NameSearchQuery, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Name } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { hrefOf } from '../route';
import { IdentityExports } from './IdentityExports';
import { RosterExport } from './RosterExport';

const LIMIT = 20;

/** The roster, paged on the server, and Arabic-aware name search (the personnel service's: any script, any spelling). */
export default function Members() {
  const t = useT();
  const intl = useIntl();
  const { call, session } = useApi();
  const centreLabel = useCentreLabel();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState<string | null>(null);

  const roster = usePagedList({
    queryKey: ['members'],
    read: (paging, signal) => call<Page<MemberProfile>>('personnel', '/members', { query: paging, signal }),
    limit: LIMIT,
    enabled: search === null,
  });
  // A POST: the name travels in the body, never in a URL that proxies log (as the service asks).
  const found = usePagedList({
    queryKey: ['members', 'search', search],
    read: (paging, signal) => {
      const body: NameSearchQuery = { q: search ?? '', ...paging };
      return call<NameSearchPage>('personnel', '/members/search', { method: 'POST', body, signal });
    },
    limit: LIMIT,
    enabled: search !== null,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(draft.trim() || null);
  };

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{t('members.title')}</Title>
        <RosterExport />
      </Group>
      <form onSubmit={submit} role="search">
        <Group align="end">
          <TextInput
            label={t('members.search.label')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            style={{ flex: 1 }}
            name="q"
          />
          <Button type="submit">{t('members.search.submit')}</Button>
          {search !== null && (
            <Button
              variant="default"
              onClick={() => {
                setDraft('');
                setSearch(null);
              }}
            >
              {t('members.search.clear')}
            </Button>
          )}
        </Group>
      </form>
      {search === null ? (
        <PagedTable
          list={roster}
          count={(total) => t('members.count', { count: total })}
          highlightOnHover
          data-testid="roster"
          columns={[
            t('members.col.callSign'),
            t('members.col.status'),
            t('members.col.roles'),
            t('members.col.centre'),
          ]}
          row={(m) => [
            m.memberId,
            [
              <Anchor href={hrefOf({ screen: 'member', memberId: m.memberId })}>
                <bdi>{m.callSign}</bdi>
              </Anchor>,
              t(`memberStatus.${m.status}`),
              intl.formatList(m.roles.map((r) => t(`role.${r}`))),
              centreLabel(m.centreId),
            ],
          ]}
        />
      ) : (
        <PagedTable
          list={found}
          count={(total) => t('members.found', { count: total })}
          notice={
            found.query.data?.advice?.code === 'ADD_A_NAME_PART' && (
              <Badge color="yellow">{t('members.advice.ADD_A_NAME_PART')}</Badge>
            )
          }
          highlightOnHover
          data-testid="search-results"
          columns={[t('members.col.name'), t('members.col.callSign'), t('members.col.status'), t('members.col.centre')]}
          row={(m) => [
            m.memberId,
            [
              <Anchor href={hrefOf({ screen: 'member', memberId: m.memberId })}>
                <Name name={m.name} />
              </Anchor>,
              <bdi>{m.callSign}</bdi>,
              t(`memberStatus.${m.status}`),
              centreLabel(m.centreId),
            ],
          ]}
        />
      )}
      {session.roles.some((r) => r === 'hr' || r === 'admin') && <IdentityExports />}
    </Stack>
  );
}
