import {
  Anchor,
  Card,
  Group,
  Loader,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel } from '../api/queries';
import type { MemberCompliance, Page, TrainingSession } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { EnrolmentValues, attendanceForm, enrolmentForm, resultForm } from '../commands/forms';
import { knownId } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { Day, Fact, Hint, Ltr, Worded } from '../layout/bits';
import { MemberRef } from '../layout/MemberRef';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';

const sessionKey = (sessionId: string) => ['session', sessionId] as const;

/**
 * The members the session may enrol: the centre's who lack a competency their roles require (what training managers
 * work from), not already enrolled. Asked for when the dialog opens.
 */
function MemberChoice({
  session,
  fields,
}: {
  readonly session: TrainingSession;
  readonly fields: UseFormReturn<EnrolmentValues>;
}) {
  const t = useT();
  const { call } = useApi();
  const lacking = useQuery({
    queryKey: ['compliance', session.centreId, 'enrol'],
    queryFn: ({ signal }) =>
      call<Page<MemberCompliance>>('training', `/compliance/centres/${session.centreId}`, {
        query: { limit: 200 },
        signal,
      }),
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
  return (
    <>
      <NativeSelect
        label={t('training.enrol.member')}
        description={<Hint>{t('training.enrol.memberHint')}</Hint>}
        required
        data={[{ value: '', label: t('command.choose') }, ...options]}
        error={!!fields.formState.errors.memberId}
        {...fields.register('memberId')}
      />
      {lacking.error && <Refusal error={lacking.error} />}
    </>
  );
}

/** Enrols a member who lacks a competency; the service checks their standing, the prerequisites and the room. */
function Enrol({ session, reread }: { readonly session: TrainingSession; readonly reread: () => void }) {
  const t = useT();
  return (
    <CommandDialog
      label="training.enrol"
      title="training.enrol.title"
      submit="training.enrol.submit"
      form={enrolmentForm}
      target={{ service: 'training', path: `/sessions/${session.sessionId}/enrolments`, version: session.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ variant: 'filled' }}
    >
      {(fields) => (
        <>
          <MemberChoice session={session} fields={fields} />
          <TextInput
            type="date"
            label={t('training.enrolledOn')}
            required
            error={!!fields.formState.errors.enrolledOn}
            {...fields.register('enrolledOn')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** Records an enrolled member's score: a pass awards (or renews) the certification. */
function Result({
  session,
  memberId,
  reread,
}: {
  readonly session: TrainingSession;
  readonly memberId: string;
  readonly reread: () => void;
}) {
  const t = useT();
  return (
    <CommandDialog
      label="training.result"
      title="training.result.title"
      submit="training.result.submit"
      form={resultForm(memberId)}
      target={{ service: 'training', path: `/sessions/${session.sessionId}/results`, version: session.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <TextInput
            type="number"
            label={t('training.score')}
            description={<Hint>{t('training.passMark', { mark: session.passMark })}</Hint>}
            required
            error={!!errors.score}
            {...register('score')}
          />
          <TextInput
            type="date"
            label={t('training.resultOn')}
            required
            error={!!errors.resultOn}
            {...register('resultOn')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** Records an enrolled member present or absent on one of the session's days (a day recorded again: the later stands). */
function Attendance({
  session,
  memberId,
  reread,
}: {
  readonly session: TrainingSession;
  readonly memberId: string;
  readonly reread: () => void;
}) {
  const t = useT();
  return (
    <CommandDialog
      label="training.attendance"
      title="training.attendance.title"
      submit="training.attendance.submit"
      form={attendanceForm(memberId, session.startsOn, session.endsOn)}
      target={{ service: 'training', path: `/sessions/${session.sessionId}/attendance`, version: session.version }}
      onDone={reread}
      onReload={reread}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, control, formState: { errors } }) => (
        <>
          <TextInput
            type="date"
            label={t('training.attendance.day')}
            required
            min={session.startsOn}
            max={session.endsOn}
            error={!!errors.day}
            {...register('day')}
          />
          <Controller
            control={control}
            name="presence"
            render={({ field }) => (
              <Radio.Group label={t('training.attendance.presence')} required {...field}>
                <Group mt="xs">
                  <Radio value="present" label={t('training.attendance.present')} />
                  <Radio value="absent" label={t('training.attendance.absent')} />
                </Group>
              </Radio.Group>
            )}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** A session: its course's terms, centre and days, and each enrolment with its result; enrolment and results. */
export default function Session({ sessionId }: { readonly sessionId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call, session: user } = useApi();
  const queries = useQueryClient();
  const centreLabel = useCentreLabel();
  const session = useQuery({
    queryKey: sessionKey(sessionId),
    queryFn: ({ signal }) => call<TrainingSession>('training', `/sessions/${sessionId}`, { signal }),
  });
  const mayWrite = user.roles.some((r) => r === 'training' || r === 'admin' || r === 'commander');
  // An enrolment changes the sessions' list, a result the compliance it may restore.
  const reread = () => {
    for (const queryKey of [sessionKey(sessionId), ['sessions'], ['compliance']]) {
      void queries.invalidateQueries({ queryKey });
    }
  };
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
              {mayWrite && s.enrolments.length < s.capacity && <Enrol session={s} reread={reread} />}
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
                    <Table.Th>{t('training.col.attendance')}</Table.Th>
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
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <span data-testid="attendance">
                            {t('training.attendance.days', {
                              present: Object.values(e.attendance).filter(Boolean).length,
                              absent: Object.values(e.attendance).filter((p) => !p).length,
                            })}
                          </span>
                          {mayWrite && <Attendance session={s} memberId={e.memberId} reread={reread} />}
                        </Group>
                      </Table.Td>
                      <Table.Td data-testid="result">
                        {e.result
                          ? t(e.result.passed ? 'training.passed' : 'training.failed', { score: e.result.score })
                          : mayWrite && <Result session={s} memberId={e.memberId} reread={reread} />}
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
