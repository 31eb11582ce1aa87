import { Anchor, Badge, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { MemberProfile, NameSearchPage, NameSearchQuery, Page } from '../api/types';
import { useT } from '../i18n/use-t';
import { Name } from '../layout/bits';
import { Pager } from '../layout/Pager';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import { RosterExport } from './RosterExport';

const LIMIT = 20;

/** The roster, paged on the server, and Arabic-aware name search (the personnel service's: any script, any spelling). */
export default function Members() {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const centreLabel = useCentreLabel();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);

  const roster = useQuery({
    queryKey: ['members', offset],
    queryFn: ({ signal }) =>
      call<Page<MemberProfile>>('personnel', '/members', { query: { limit: LIMIT, offset }, signal }),
    enabled: search === null,
    placeholderData: keepPreviousData,
  });
  // A POST: the name travels in the body, never in a URL that proxies log (as the service asks).
  const found = useQuery({
    queryKey: ['members', 'search', search, offset],
    queryFn: ({ signal }) => {
      const body: NameSearchQuery = { q: search ?? '', limit: LIMIT, offset };
      return call<NameSearchPage>('personnel', '/members/search', { method: 'POST', body, signal });
    },
    enabled: search !== null,
    placeholderData: keepPreviousData,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOffset(0);
    setSearch(draft.trim() || null);
  };
  const active = search === null ? roster : found;

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
                setOffset(0);
              }}
            >
              {t('members.search.clear')}
            </Button>
          )}
        </Group>
      </form>
      {active.error && <Refusal error={active.error} />}
      {active.isPending && <Loader aria-label={t('common.loading')} />}
      {search === null && roster.data && (
        <>
          <Text>{t('members.count', { count: roster.data.total })}</Text>
          <Table striped highlightOnHover data-testid="roster">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.col.callSign')}</Table.Th>
                <Table.Th>{t('members.col.status')}</Table.Th>
                <Table.Th>{t('members.col.roles')}</Table.Th>
                <Table.Th>{t('members.col.centre')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roster.data.items.map((m) => (
                <Table.Tr key={m.memberId}>
                  <Table.Td>
                    <Anchor href={hrefOf({ screen: 'member', memberId: m.memberId })}>
                      <bdi>{m.callSign}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`memberStatus.${m.status}`)}</Table.Td>
                  <Table.Td>{intl.formatList(m.roles.map((r) => t(`role.${r}`)))}</Table.Td>
                  <Table.Td>{centreLabel(m.centreId)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager offset={offset} limit={LIMIT} total={roster.data.total} onOffset={setOffset} />
        </>
      )}
      {search !== null && found.data && (
        <>
          <Text>{t('members.found', { count: found.data.total })}</Text>
          {found.data.advice?.code === 'ADD_A_NAME_PART' && (
            <Badge color="yellow">{t('members.advice.ADD_A_NAME_PART')}</Badge>
          )}
          <Table striped highlightOnHover data-testid="search-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.col.name')}</Table.Th>
                <Table.Th>{t('members.col.callSign')}</Table.Th>
                <Table.Th>{t('members.col.status')}</Table.Th>
                <Table.Th>{t('members.col.centre')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.data.items.map((m) => (
                <Table.Tr key={m.memberId}>
                  <Table.Td>
                    <Anchor href={hrefOf({ screen: 'member', memberId: m.memberId })}>
                      <Name name={m.name} />
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{m.callSign}</bdi>
                  </Table.Td>
                  <Table.Td>{t(`memberStatus.${m.status}`)}</Table.Td>
                  <Table.Td>{centreLabel(m.centreId)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager offset={offset} limit={LIMIT} total={found.data.total} onOffset={setOffset} />
        </>
      )}
    </Stack>
  );
}
