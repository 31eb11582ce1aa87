import { Anchor, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreOptions } from '../api/queries';
import type { MemberProfile, Page } from '../api/types';
import { CommandDialog } from '../commands/CommandDialog';
import { SOUGHT_ROLES, onboardingForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Day } from '../layout/bits';
import { PagedTable, usePagedList } from '../layout/PagedTable';
import { hrefOf } from '../route';
import { RegisterApplicant } from './RegisterApplicant';
import { RolesField } from './RolesField';
import { VettingDialog } from './VettingDialog';

const LIMIT = 20;

function OnboardApplicant({
  applicant,
  onReload,
}: {
  readonly applicant: MemberProfile;
  readonly onReload: () => void;
}) {
  const t = useT();
  const queries = useQueryClient();
  const centres = useCentreOptions();
  return (
    <CommandDialog
      label="applicants.onboard"
      title="applicants.onboarding.title"
      submit="applicants.onboarding.submit"
      form={onboardingForm}
      target={{ service: 'personnel', path: `/members/${applicant.memberId}/onboarding`, version: applicant.version }}
      onDone={() => {
        void queries.invalidateQueries({ queryKey: ['applicants'] });
        void queries.invalidateQueries({ queryKey: ['members'] });
      }}
      onReload={onReload}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, control, formState: { errors } }) => (
        <>
          <Text>
            <bdi>{applicant.callSign}</bdi>
          </Text>
          <NativeSelect
            label={t('applicants.onboarding.centre')}
            required
            error={!!errors.centreId}
            data={[{ value: '', label: t('command.choose') }, ...centres]}
            {...register('centreId')}
          />
          <RolesField
            control={control}
            name="roles"
            offered={SOUGHT_ROLES}
            label={t('applicants.onboarding.roles')}
            invalid={!!errors.roles}
          />
          <TextInput
            type="date"
            label={t('applicants.onboarding.startsOn')}
            required
            error={!!errors.startsOn}
            {...register('startsOn')}
          />
          <TextInput
            type="date"
            label={t('applicants.onboarding.probationEndsOn')}
            error={!!errors.probationEndsOn}
            {...register('probationEndsOn')}
          />
        </>
      )}
    </CommandDialog>
  );
}

/** One step of the queue: the people in this status, paged on the server, each with the command that moves them on. */
function Queue({ status }: { readonly status: 'applied' | 'cleared' }) {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const queries = useQueryClient();
  const queue = usePagedList({
    queryKey: ['applicants', status],
    read: (paging, signal) =>
      call<Page<MemberProfile>>('personnel', '/members', { query: { status, ...paging }, signal }),
    limit: LIMIT,
  });
  const reload = () => void queue.query.refetch();
  return (
    <Card withBorder data-testid={`queue-${status}`}>
      <Title order={3}>{t(`applicants.queue.${status}`)}</Title>
      <PagedTable
        list={queue}
        count={(total) => t('applicants.count', { count: total })}
        mt="sm"
        keyAs="data-member"
        columns={[t('members.col.callSign'), t('member.appliedOn'), t('members.col.roles'), t('applicants.col.next')]}
        row={(m) => [
          m.memberId,
          [
            <Anchor href={hrefOf({ screen: 'member', memberId: m.memberId })}>
              <bdi>{m.callSign}</bdi>
            </Anchor>,
            <Day value={m.appliedOn} />,
            intl.formatList(m.roles.map((r) => t(`role.${r}`))),
            status === 'applied' ? (
              <VettingDialog
                callSign={m.callSign}
                target={{ service: 'personnel', path: `/members/${m.memberId}/vetting`, version: m.version }}
                onDone={() => void queries.invalidateQueries({ queryKey: ['applicants'] })}
                onReload={reload}
              />
            ) : (
              <OnboardApplicant applicant={m} onReload={reload} />
            ),
          ],
        ]}
      />
    </Card>
  );
}

/** HR's applicants: those waiting to be vetted, then those cleared and waiting to be onboarded at a centre. */
export default function Applicants() {
  const t = useT();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('applicants.title')}</Title>
        <RegisterApplicant />
      </Group>
      <Queue status="applied" />
      <Queue status="cleared" />
    </Stack>
  );
}
