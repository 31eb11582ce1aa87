import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { SERVICES, ServiceName } from '../api/client';
import type { CorrelationStory, RecordedEvent, StreamPage, StreamVerification } from '../api/types';
import { useT } from '../i18n/use-t';
import { Instant, Loading, Ltr, Worded } from '../layout/bits';
import { Refusal } from '../layout/Refusal';

const PAGE = 500;

const isService = (value: string): value is ServiceName => (SERVICES as readonly string[]).includes(value);

/** A stream of one service's log. */
interface StreamRef {
  readonly service: ServiceName;
  readonly id: string;
}

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

/** A stream's events, version by version. */
function EventsTable({ events }: { readonly events: readonly RecordedEvent[] }) {
  const t = useT();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('audit.col.version')}</Table.Th>
          <Table.Th>{t('audit.col.type')}</Table.Th>
          <Table.Th>{t('audit.col.occurredAt')}</Table.Th>
          <Table.Th>{t('audit.col.actor')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>
              <Ltr>{e.streamVersion}</Ltr>
            </Table.Td>
            <Table.Td>
              <Worded prefix="event" code={e.type} />
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

/** A stream's history with its hash-chain verification, in any service: typed in, or opened from a story's step. */
function StreamHistory({
  stream,
  onOpen,
}: {
  readonly stream: StreamRef | null;
  readonly onOpen: (s: StreamRef) => void;
}) {
  const t = useT();
  const { call } = useApi();
  const [service, setService] = useState<ServiceName>(stream?.service ?? 'personnel');
  const [draft, setDraft] = useState(stream?.id ?? '');
  // A stream opened from elsewhere shows in the form too, so that what is read is what the form says.
  useEffect(() => {
    if (!stream) return;
    setService(stream.service);
    setDraft(stream.id);
  }, [stream]);
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
    if (draft.trim()) onOpen({ service, id: draft.trim() });
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
        {history.isFetching && <Loading />}
        {history.data && (
          <>
            <Verdict verification={history.data.verification} />
            <Text>{t('audit.events', { count: history.data.page.events.length })}</Text>
            <EventsTable events={history.data.page.events} />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** One service's events of a correlation id, every page of them (the audit API pages at most 500 at a time). */
async function correlated(
  call: ReturnType<typeof useApi>['call'],
  service: ServiceName,
  correlationId: string,
  signal: AbortSignal,
): Promise<(RecordedEvent & { service: ServiceName })[]> {
  const events: (RecordedEvent & { service: ServiceName })[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await call<CorrelationStory>(service, '/audit/events', {
      query: { correlationId, limit: PAGE, offset },
      signal,
    });
    events.push(...page.events.map((e) => ({ ...e, service })));
    if (page.events.length < PAGE) return events;
  }
}

/**
 * Everything one correlation id caused, in all four services, as one story in the order it happened: numbered steps,
 * each naming the step that caused it (its causation id), or the request itself.
 */
function CorrelationStoryCard({ onOpen }: { readonly onOpen: (s: StreamRef) => void }) {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const [draft, setDraft] = useState('');
  const [correlationId, setCorrelationId] = useState<string | null>(null);
  const story = useQuery({
    queryKey: ['audit', 'correlation', correlationId],
    queryFn: async ({ signal }) => {
      const answers = await Promise.all(SERVICES.map((s) => correlated(call, s, correlationId ?? '', signal)));
      // Time order across the services; a service's own order (its log's) where two events share an instant.
      return answers.flat().sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    },
    enabled: correlationId !== null,
  });
  const steps = new Map((story.data ?? []).map((e, i) => [e.id, i + 1]));
  return (
    <Card withBorder>
      <Title order={3}>{t('audit.correlation.title')}</Title>
      <Text size="sm" mt="xs">
        {t('audit.correlation.intro')}
      </Text>
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
        {story.isFetching && <Loading />}
        {story.data && (
          <>
            <Text data-testid="story-summary">
              {t('audit.correlation.summary', {
                events: story.data.length,
                services: new Set(story.data.map((e) => e.service)).size,
              })}
            </Text>
            <Table striped data-testid="story">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.col.step')}</Table.Th>
                  <Table.Th>{t('audit.col.occurredAt')}</Table.Th>
                  <Table.Th>{t('audit.col.service')}</Table.Th>
                  <Table.Th>{t('audit.col.type')}</Table.Th>
                  <Table.Th>{t('audit.col.stream')}</Table.Th>
                  <Table.Th>{t('audit.col.causedBy')}</Table.Th>
                  <Table.Th>{t('audit.col.actor')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {story.data.map((e, i) => {
                  const cause = e.metadata.causationId ? steps.get(e.metadata.causationId) : undefined;
                  return (
                    <Table.Tr key={e.id} data-service={e.service}>
                      <Table.Td>{intl.formatNumber(i + 1)}</Table.Td>
                      <Table.Td>
                        <Instant value={e.occurredAt} />
                      </Table.Td>
                      <Table.Td>{t(`service.${e.service}`)}</Table.Td>
                      <Table.Td>
                        <Worded prefix="event" code={e.type} />
                      </Table.Td>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          onClick={() => onOpen({ service: e.service, id: e.streamId })}
                        >
                          <Ltr>{`${e.streamId} · v${e.streamVersion}`}</Ltr>
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {cause !== undefined ? intl.formatNumber(cause) : t('audit.correlation.origin')}
                      </Table.Td>
                      <Table.Td>
                        <Ltr>{e.metadata.actorId}</Ltr>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** For auditors: read only. */
export default function Audit() {
  const t = useT();
  const [stream, setStream] = useState<StreamRef | null>(null);
  const history = useRef<HTMLDivElement>(null);
  const open = (s: StreamRef) => {
    setStream(s);
    history.current?.scrollIntoView({ block: 'start' });
  };
  return (
    <Stack>
      <Title order={2}>{t('audit.title')}</Title>
      <div ref={history}>
        <StreamHistory stream={stream} onOpen={open} />
      </div>
      <CorrelationStoryCard onOpen={open} />
    </Stack>
  );
}
