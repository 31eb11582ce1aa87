import { Alert, Button, Card, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useApi } from '../api/context';
import { SERVICES, ServiceName } from '../api/client';
import type { CorrelationStory, RecordedEvent, StreamPage, StreamVerification } from '../api/types';
import { useT } from '../i18n/use-t';
import { Instant, Ltr } from '../layout/bits';
import { Refusal } from '../layout/Refusal';

const isService = (value: string): value is ServiceName => (SERVICES as readonly string[]).includes(value);

/** The verdict on a stream's hash chain: green and the count, or red naming the first broken version and how. */
function Verdict({ verification }: { readonly verification: StreamVerification }) {
  const t = useT();
  const [first] = verification.problems;
  if (verification.ok || !first) {
    return (
      <Alert color="teal.9" variant="filled" data-testid="verdict" data-ok="true">
        {t('audit.verify.ok', { count: verification.eventsChecked })}
      </Alert>
    );
  }
  return (
    <Alert color="red.9" variant="filled" data-testid="verdict" data-ok="false" data-version={first.streamVersion}>
      {t('audit.verify.broken', { version: first.streamVersion, kind: t(`tamper.${first.kind}`) })}
    </Alert>
  );
}

function EventsTable({
  events,
  withStream,
}: {
  readonly events: readonly (RecordedEvent & { service?: ServiceName })[];
  readonly withStream: boolean;
}) {
  const t = useT();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          {withStream && <Table.Th>{t('audit.col.service')}</Table.Th>}
          {withStream && <Table.Th>{t('audit.col.stream')}</Table.Th>}
          <Table.Th>{t('audit.col.version')}</Table.Th>
          <Table.Th>{t('audit.col.type')}</Table.Th>
          <Table.Th>{t('audit.col.occurredAt')}</Table.Th>
          <Table.Th>{t('audit.col.actor')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr key={e.id}>
            {withStream && <Table.Td>{e.service ? t(`service.${e.service}`) : ''}</Table.Td>}
            {withStream && (
              <Table.Td>
                <Ltr>{e.streamId}</Ltr>
              </Table.Td>
            )}
            <Table.Td>
              <Ltr>{e.streamVersion}</Ltr>
            </Table.Td>
            <Table.Td>
              <Ltr>{e.type}</Ltr>
            </Table.Td>
            <Table.Td>
              <Instant value={e.occurredAt} />
            </Table.Td>
            <Table.Td>
              <Ltr>{e.metadata.actorId}</Ltr>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A stream's history with its hash-chain verification, in any service. */
function StreamHistory() {
  const t = useT();
  const { call } = useApi();
  const [service, setService] = useState<ServiceName>('personnel');
  const [draft, setDraft] = useState('');
  const [stream, setStream] = useState<{ service: ServiceName; id: string } | null>(null);
  const history = useQuery({
    queryKey: ['audit', 'stream', stream],
    queryFn: async ({ signal }) => {
      if (!stream) throw new Error('no stream chosen');
      const path = `/audit/streams/${encodeURIComponent(stream.id)}`;
      const [page, verification] = await Promise.all([
        call<StreamPage>(stream.service, path, { query: { limit: 200 }, signal }),
        call<StreamVerification>(stream.service, `${path}/verify`, { signal }),
      ]);
      return { page, verification };
    },
    enabled: stream !== null,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.trim()) setStream({ service, id: draft.trim() });
  };
  return (
    <Card withBorder>
      <Title order={3}>{t('audit.stream.title')}</Title>
      <form onSubmit={submit}>
        <Group align="end" mt="sm">
          <NativeSelect
            label={t('audit.service')}
            value={service}
            onChange={(e) => isService(e.currentTarget.value) && setService(e.currentTarget.value)}
            data={SERVICES.map((s) => ({ value: s, label: t(`service.${s}`) }))}
          />
          <TextInput
            label={t('audit.streamId')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            dir="ltr"
            style={{ flex: 1 }}
            name="stream"
          />
          <Button type="submit">{t('audit.stream.load')}</Button>
        </Group>
      </form>
      <Stack mt="md">
        {history.error && <Refusal error={history.error} />}
        {history.isFetching && <Loader aria-label={t('common.loading')} />}
        {history.data && (
          <>
            <Verdict verification={history.data.verification} />
            <Text>{t('audit.events', { count: history.data.page.events.length })}</Text>
            <EventsTable events={history.data.page.events} withStream={false} />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Everything one correlation id caused, in every service, in the order it happened. */
function CorrelationStoryCard() {
  const t = useT();
  const { call } = useApi();
  const [draft, setDraft] = useState('');
  const [correlationId, setCorrelationId] = useState<string | null>(null);
  const story = useQuery({
    queryKey: ['audit', 'correlation', correlationId],
    queryFn: async ({ signal }) => {
      const answers = await Promise.all(
        SERVICES.map(async (service) => {
          const found = await call<CorrelationStory>(service, '/audit/events', {
            query: { correlationId: correlationId ?? '', limit: 200 },
            signal,
          });
          return found.events.map((e) => ({ ...e, service }));
        }),
      );
      return answers.flat().sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    },
    enabled: correlationId !== null,
  });
  return (
    <Card withBorder>
      <Title order={3}>{t('audit.correlation.title')}</Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) setCorrelationId(draft.trim());
        }}
      >
        <Group align="end" mt="sm">
          <TextInput
            label={t('audit.correlation.id')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            dir="ltr"
            style={{ flex: 1 }}
            name="correlationId"
          />
          <Button type="submit">{t('audit.correlation.find')}</Button>
        </Group>
      </form>
      <Stack mt="md">
        {story.error && <Refusal error={story.error} />}
        {story.isFetching && <Loader aria-label={t('common.loading')} />}
        {story.data && (
          <>
            <Text>{t('audit.events', { count: story.data.length })}</Text>
            <EventsTable events={story.data} withStream />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** For auditors: read only. */
export default function Audit() {
  const t = useT();
  return (
    <Stack>
      <Title order={2}>{t('audit.title')}</Title>
      <StreamHistory />
      <CorrelationStoryCard />
    </Stack>
  );
}
