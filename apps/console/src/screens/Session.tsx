import {
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useCommand } from '../api/command';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { EnrolMember, MemberCompliance, Page, RecordResult, TrainingSession } from '../api/types';
import { localToday, wholeNumber } from '../forms';
import { knownId } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { CommandDialog } from '../layout/CommandDialog';
import { Day, Fact, Hint, Ltr, Worded } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';

const sessionKey = (sessionId: string) => ['session', sessionId] as const;

/**
 * Enrols one of the centre's members who lack a competency their roles require (what training managers work from),
 * not already enrolled; the service checks the member's standing, the prerequisites and the room.
 */
function Enrol({ session }: { readonly session: TrainingSession }) {
  const t = useT();
  const { call } = useApi();
  const [opened, { open, close }] = useDisclosure();
  const lacking = useQuery({
    queryKey: ['compliance', session.centreId, 'enrol'],
    queryFn: ({ signal }) =>
      call<Page<MemberCompliance>>('training', `/compliance/centres/${session.centreId}`, {
        query: { limit: 200 },
        signal,
      }),
    enabled: opened,
  });
  const form = useForm<{ memberId: string; enrolledOn: string }>({
    defaultValues: { memberId: '', enrolledOn: localToday() },
  });
  const command = useCommand<EnrolMember>({
    service: 'training',
    path: `/sessions/${session.sessionId}/enrolments`,
    version: session.version,
    invalidates: [sessionKey(session.sessionId), ['sessions']],
    onDone: () => {
      form.reset({ memberId: '', enrolledOn: localToday() });
      close();
    },
  });
  const competency = (code: string) => {
    const id = knownId(`training.competency.${code}`);
    return id ? t(id) : code;
  };
  const enrolled = new Set(session.enrolments.map((e) => e.memberId));
  const options = (lacking.data?.items ?? [])
    .filter((m) => !enrolled.has(m.memberId))
    .map((m) => ({
      value: m.memberId,
      label: `${m.memberId.slice(0, 8)} — ${m.lacking.map((l) => competency(l.competency)).join('، ')}`,
    }));
  const submit = form.handleSubmit((f) => command.mutate({ memberId: f.memberId, enrolledOn: f.enrolledOn }));
  return (
    <>
      <Button onClick={open}>{t('training.enrol')}</Button>
      <CommandDialog
        title={t('training.enrol.title')}
        submit={t('training.enrol.submit')}
        opened={opened}
        onClose={close}
        onSubmit={(e) => void submit(e)}
        pending={command.isPending}
        error={command.error ?? lacking.error}
        onReload={command.reload}
      >
        <NativeSelect
          label={t('training.enrol.member')}
          description={<Hint>{t('training.enrol.memberHint')}</Hint>}
          required
          data={[{ value: '', label: t('common.choose') }, ...options]}
          error={form.formState.errors.memberId?.message}
          {...form.register('memberId', { required: t('form.required') })}
        />
        <TextInput
          type="date"
          label={t('training.enrolledOn')}
          required
          error={form.formState.errors.enrolledOn?.message}
          {...form.register('enrolledOn', { required: t('form.required') })}
        />
      </CommandDialog>
    </>
  );
}

/** Records an enrolled member's score: a pass awards (or renews) the certification. */
function Result({ session, memberId }: { readonly session: TrainingSession; readonly memberId: string }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure();
  const form = useForm<{ score: string; resultOn: string }>({ defaultValues: { score: '', resultOn: localToday() } });
  const command = useCommand<RecordResult>({
    service: 'training',
    path: `/sessions/${session.sessionId}/results`,
    version: session.version,
    invalidates: [sessionKey(session.sessionId), ['compliance']],
    onDone: close,
  });
  const submit = form.handleSubmit((f) => command.mutate({ memberId, score: Number(f.score), resultOn: f.resultOn }));
  return (
    <>
      <Button size="xs" variant="default" onClick={open}>
        {t('training.result')}
      </Button>
      <CommandDialog
        title={t('training.result.title')}
        submit={t('training.result.submit')}
        opened={opened}
        onClose={close}
        onSubmit={(e) => void submit(e)}
        pending={command.isPending}
        error={command.error}
        onReload={command.reload}
      >
        <TextInput
          type="number"
          label={t('training.score')}
          description={<Hint>{t('training.passMark', { mark: session.passMark })}</Hint>}
          required
          error={form.formState.errors.score?.message}
          {...form.register('score', { validate: (v) => wholeNumber(v, 0, 100) !== null || t('form.score') })}
        />
        <TextInput
          type="date"
          label={t('training.resultOn')}
          required
          error={form.formState.errors.resultOn?.message}
          {...form.register('resultOn', { required: t('form.required') })}
        />
      </CommandDialog>
    </>
  );
}

/** A session: its course's terms, centre and days, and each enrolment with its result; enrolment and results. */
export default function Session({ sessionId }: { readonly sessionId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call, session: user } = useApi();
  const centreLabel = useCentreLabel();
  const session = useQuery({
    queryKey: sessionKey(sessionId),
    queryFn: ({ signal }) => call<TrainingSession>('training', `/sessions/${sessionId}`, { signal }),
  });
  const mayWrite = user.roles.some((r) => r === 'training' || r === 'admin' || r === 'commander');
  const s = session.data;
  return (
    <Stack>
      <Anchor href={hrefOf({ screen: 'sessions' })}>{t('training.back')}</Anchor>
      {session.error && <Refusal error={session.error} />}
      {session.isPending && <Loader aria-label={t('common.loading')} />}
      {s && (
        <>
          <Card withBorder>
            <Group justify="space-between" align="start">
              <Title order={2}>
                <Ltr>{s.courseCode}</Ltr> · <Worded prefix="training.competency" code={s.competency} />
              </Title>
              {mayWrite && s.enrolments.length < s.capacity && <Enrol session={s} />}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 4 }} mt="md">
              <Fact label={t('vehicles.col.centre')}>{centreLabel(s.centreId)}</Fact>
              <Fact label={t('training.col.startsOn')}>
                <Day value={s.startsOn} /> – <Day value={s.endsOn} />
              </Fact>
              <Fact label={t('training.col.enrolled')}>
                {t('training.enrolledOf', { enrolled: s.enrolments.length, capacity: s.capacity })}
              </Fact>
              <Fact label={t('training.col.passMark')}>{intl.formatNumber(s.passMark)}</Fact>
            </SimpleGrid>
          </Card>
          <Card withBorder>
            <Title order={3}>{t('training.enrolments')}</Title>
            {s.enrolments.length === 0 ? (
              <Text mt="sm">{t('training.noEnrolment')}</Text>
            ) : (
              <Table mt="sm" data-testid="enrolments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('training.col.member')}</Table.Th>
                    <Table.Th>{t('training.enrolledOn')}</Table.Th>
                    <Table.Th>{t('training.col.result')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.enrolments.map((e) => (
                    <Table.Tr key={e.memberId} data-member={e.memberId}>
                      <Table.Td>
                        <MemberRef memberId={e.memberId} />
                      </Table.Td>
                      <Table.Td>
                        <Day value={e.enrolledOn} />
                      </Table.Td>
                      <Table.Td data-testid="result">
                        {e.result
                          ? t(e.result.passed ? 'training.passed' : 'training.failed', { score: e.result.score })
                          : mayWrite && <Result session={s} memberId={e.memberId} />}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}
