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
import { useMutation, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { IdentityRead, MemberProfile, MemberTimeline } from '../api/types';
import { useT } from '../i18n/use-t';
import { Day, Instant, Ltr, Name, Worded } from '../layout/bits';
import { Refusal } from '../layout/Refusal';
import { dayOf } from '../format';
import { hrefOf } from '../route';
import { LifeEvents } from './LifeEvents';
import { MemberTraining } from './MemberTraining';

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
                {!asOf && (
                  <LifeEvents
                    member={profile.data}
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
              <Text data-testid="member-centre">{centreLabel(profile.data.centreId)}</Text>
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
              {timeline.data.entries.map((entry) => (
                <Table.Tr key={entry.version}>
                  <Table.Td>
                    <Instant value={entry.occurredAt} />
                  </Table.Td>
                  <Table.Td>
                    <Worded prefix="event" code={entry.type} />
                  </Table.Td>
                  <Table.Td>
                    {/* Free text as people wrote it, in whichever language: isolated so it keeps its direction. */}
                    <bdi>{entry.text ?? entry.reason ?? ''}</bdi>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {!asOf && <MemberTraining memberId={memberId} />}
    </Stack>
  );
}
