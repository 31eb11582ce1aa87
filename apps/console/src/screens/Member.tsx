import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { CommandResult, IdentityRead, MemberProfile, MemberTimeline, StartLeave } from '../api/types';
import type { MessageId } from '../i18n/messages';
import { CATALOGUES } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { Day, Instant, Ltr, Name } from '../layout/bits';
import { Refusal } from '../layout/Refusal';
import { dayOf } from '../format';
import { hrefOf } from '../route';

const eventLabel = (type: string): MessageId | null => {
  const id = `event.${type}`;
  return id in CATALOGUES.en ? (id as MessageId) : null;
};

/** The protected identity, behind a required purpose: the service records each read with the reader and the purpose. */
export function ShowIdentity({ memberId }: { readonly memberId: string }) {
  const t = useT();
  const { call } = useApi();
  const [opened, { open, close }] = useDisclosure();
  const [purpose, setPurpose] = useState('');
  const [missing, setMissing] = useState(false);
  const read = useMutation({
    mutationFn: (why: string) =>
      call<IdentityRead>('personnel', `/members/${memberId}/identity`, { query: { purpose: why } }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!purpose.trim()) return setMissing(true);
    setMissing(false);
    read.mutate(purpose.trim());
  };
  const shown = read.data;
  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        {t('identity.show')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => {
          close();
          read.reset();
          setPurpose('');
        }}
        title={t('identity.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {shown ? (
          <Stack data-testid="identity">
            {shown.erased || !shown.name ? (
              <Text>{t('identity.erased')}</Text>
            ) : (
              <Table>
                <Table.Tbody>
                  {shown.name.arabic && (
                    <Table.Tr>
                      <Table.Th>{t('identity.nameArabic')}</Table.Th>
                      <Table.Td>
                        <Name name={{ arabic: shown.name.arabic, latin: null }} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {shown.name.latin && (
                    <Table.Tr>
                      <Table.Th>{t('identity.nameLatin')}</Table.Th>
                      <Table.Td>
                        <Name name={{ arabic: null, latin: shown.name.latin }} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {shown.identity?.nationalId && (
                    <Table.Tr>
                      <Table.Th>{t('identity.nationalId')}</Table.Th>
                      <Table.Td>
                        <Ltr>{shown.identity.nationalId}</Ltr>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {shown.identity?.phone && (
                    <Table.Tr>
                      <Table.Th>{t('identity.phone')}</Table.Th>
                      <Table.Td>
                        <Ltr>{shown.identity.phone}</Ltr>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {shown.identity?.homeArea && (
                    <Table.Tr>
                      <Table.Th>{t('identity.homeArea')}</Table.Th>
                      <Table.Td>
                        <bdi>{shown.identity.homeArea}</bdi>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {shown.identity?.bloodType && (
                    <Table.Tr>
                      <Table.Th>{t('identity.bloodType')}</Table.Th>
                      <Table.Td>
                        <Ltr>{shown.identity.bloodType}</Ltr>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Table.Tbody>
              </Table>
            )}
            <Text size="sm" c="gray.7">
              {t('identity.recorded')}
            </Text>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Textarea
                label={t('identity.purpose')}
                description={
                  // The default description grey is under 4.5:1 on white.
                  <Text component="span" size="xs" c="gray.7">
                    {t('identity.purposeHint')}
                  </Text>
                }
                value={purpose}
                onChange={(e) => setPurpose(e.currentTarget.value)}
                required
                maxLength={300}
                error={missing ? t('identity.purposeRequired') : undefined}
                data-autofocus
                name="purpose"
              />
              {read.error && <Refusal error={read.error} />}
              <Group justify="flex-end">
                <Button type="submit" loading={read.isPending}>
                  {t('identity.reveal')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}

/**
 * Records a leave through the same command as the API: at the version of the record on screen (If-Match: a record
 * changed since answers 409, and the refusal offers a reload), under one Idempotency-Key per intent, sent again if the
 * same submission is retried, so a leave is never recorded twice.
 */
export function RecordLeave({
  memberId,
  version,
  onReload,
}: {
  readonly memberId: string;
  readonly version: number;
  readonly onReload: () => void;
}) {
  const t = useT();
  const { call } = useApi();
  const queries = useQueryClient();
  const [opened, { open, close }] = useDisclosure();
  const [leave, setLeave] = useState({ from: '', until: '', reason: '' });
  const [missing, setMissing] = useState(false);
  const [intent, setIntent] = useState(() => crypto.randomUUID());
  const record = useMutation({
    mutationFn: () => {
      const body: StartLeave = { ...leave, reason: leave.reason.trim() };
      return call<CommandResult>('personnel', `/members/${memberId}/leave`, {
        method: 'POST',
        body,
        ifMatch: version,
        idempotencyKey: intent,
      });
    },
    onSuccess: () => {
      setIntent(crypto.randomUUID());
      setLeave({ from: '', until: '', reason: '' });
      close();
      void queries.invalidateQueries({ queryKey: ['member', memberId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!leave.from || !leave.until || !leave.reason.trim()) return setMissing(true);
    setMissing(false);
    record.mutate();
  };
  const field = (name: 'from' | 'until' | 'reason') => ({
    name,
    value: leave[name],
    onChange: (e: { currentTarget: { value: string } }) => setLeave({ ...leave, [name]: e.currentTarget.value }),
  });
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('leave.record')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('leave.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput type="date" label={t('leave.from')} required {...field('from')} />
            <TextInput type="date" label={t('leave.until')} required {...field('until')} />
            <Textarea label={t('leave.reason')} required maxLength={500} {...field('reason')} />
            {missing && (
              <Text c="red.9" size="sm" role="alert">
                {t('leave.required')}
              </Text>
            )}
            {record.error && (
              <Refusal
                error={record.error}
                onReload={() => {
                  // A new read is a new intent: what is submitted next is decided on the record as it now is.
                  setIntent(crypto.randomUUID());
                  record.reset();
                  onReload();
                }}
              />
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={record.isPending}>
                {t('leave.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** A member's page: the profile (now, or as it stood on a past date) and the timeline of their record, in words. */
export default function Member({ memberId }: { readonly memberId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call, session } = useApi();
  const centreLabel = useCentreLabel();
  const [asOf, setAsOf] = useState('');
  const profile = useQuery({
    queryKey: ['member', memberId, asOf],
    queryFn: ({ signal }) =>
      call<MemberProfile>('personnel', `/members/${memberId}`, { query: { asOf: asOf || undefined }, signal }),
  });
  const timeline = useQuery({
    queryKey: ['member', memberId, 'timeline'],
    queryFn: ({ signal }) => call<MemberTimeline>('personnel', `/members/${memberId}/timeline`, { signal }),
  });
  // HR and admins: the identity, and the record's commands.
  const mayReadIdentity = session.roles.some((r) => r === 'hr' || r === 'admin');

  return (
    <Stack>
      <Anchor href={hrefOf({ screen: 'members' })}>{t('member.back')}</Anchor>
      {profile.error && <Refusal error={profile.error} onReload={() => void profile.refetch()} />}
      {profile.isPending && <Loader aria-label={t('common.loading')} />}
      {profile.data && (
        <Card withBorder>
          <Group justify="space-between" align="start">
            <Title order={2}>
              <bdi>{profile.data.callSign}</bdi>
            </Title>
            {mayReadIdentity && (
              <Group>
                {profile.data.status === 'active' && !asOf && (
                  <RecordLeave
                    memberId={memberId}
                    version={profile.data.version}
                    onReload={() => {
                      void profile.refetch();
                      void timeline.refetch();
                    }}
                  />
                )}
                <ShowIdentity memberId={memberId} />
              </Group>
            )}
          </Group>
          {profile.data.death && (
            <Alert color="gray" variant="light" mt="sm">
              {t('member.death', {
                date: intl.formatDate(dayOf(profile.data.death.diedOn), { dateStyle: 'long', timeZone: 'UTC' }),
              })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
            <div>
              <Text size="sm" c="gray.7">
                {t('members.col.status')}
              </Text>
              <Text data-testid="member-status">{t(`memberStatus.${profile.data.status}`)}</Text>
            </div>
            <div>
              <Text size="sm" c="gray.7">
                {t('members.col.centre')}
              </Text>
              <Text>{centreLabel(profile.data.centreId)}</Text>
            </div>
            <div>
              <Text size="sm" c="gray.7">
                {t('members.col.roles')}
              </Text>
              <Text>{intl.formatList(profile.data.roles.map((r) => t(`role.${r}`)))}</Text>
            </div>
            <div>
              <Text size="sm" c="gray.7">
                {t('member.startedOn')}
              </Text>
              <Text>
                <Day value={profile.data.startedOn} />
              </Text>
            </div>
            <div>
              <Text size="sm" c="gray.7">
                {t('member.version')}
              </Text>
              <Text>{intl.formatNumber(profile.data.version)}</Text>
            </div>
            <TextInput
              type="date"
              label={t('common.asOf')}
              value={asOf}
              onChange={(e) => setAsOf(e.currentTarget.value)}
            />
          </SimpleGrid>
        </Card>
      )}
      {timeline.data && (
        <Card withBorder>
          <Group justify="space-between">
            <Title order={3}>{t('member.timeline')}</Title>
            <Text size="sm">{t('member.events', { count: timeline.data.entries.length })}</Text>
          </Group>
          <Table mt="sm" data-testid="timeline">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('timeline.col.when')}</Table.Th>
                <Table.Th>{t('timeline.col.what')}</Table.Th>
                <Table.Th>{t('timeline.col.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {timeline.data.entries.map((entry) => {
                const label = eventLabel(entry.type);
                return (
                  <Table.Tr key={entry.version}>
                    <Table.Td>
                      <Instant value={entry.occurredAt} />
                    </Table.Td>
                    <Table.Td>{label ? t(label) : <Ltr>{entry.type}</Ltr>}</Table.Td>
                    <Table.Td>
                      {/* Free text as people wrote it, in whichever language: isolated so it keeps its direction. */}
                      <bdi>{entry.text ?? entry.reason ?? ''}</bdi>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
