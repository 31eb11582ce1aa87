import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { CrewIntakeStory, IntakePerson } from '../api/types';
import type { CommandTarget } from '../api/command';
import { CommandDialog } from '../commands/CommandDialog';
import {
  NameValues,
  SOUGHT_ROLES,
  cancelIntakeForm,
  completeIntakeForm,
  intakePersonForm,
  openIntakeForm,
  rankMappingForm,
  rankOverrideForm,
} from '../commands/forms';
import { useT } from '../i18n/use-t';
import { Day, Loading, Ltr } from '../layout/bits';
import { Refusal } from '../layout/Refusal';
import { hrefOf } from '../route';
import { NameFields } from './IdentityFields';
import { PriorServiceFields } from './PriorServiceFields';
import { RolesField } from './RolesField';
import { VettingDialog } from './VettingDialog';

/** Opening an intake, or going to one by its id (the service lists none: an intake is reached from its id). */
function StartIntake() {
  const t = useT();
  const centres = useCentreOptions();
  const [draft, setDraft] = useState('');
  const go = (intakeId: string) => window.location.assign(hrefOf({ screen: 'intake', intakeId }));
  return (
    <Card withBorder>
      <Text>{t('intake.intro')}</Text>
      <Group mt="md" align="end">
        <CommandDialog
          label="intake.open.label"
          title="intake.open.title"
          submit="intake.open.submit"
          form={openIntakeForm}
          target={{ service: 'personnel', path: '/crew-intakes' }}
          onDone={(result) => go(result.id)}
          onReload={() => undefined}
          buttonProps={{ variant: 'filled' }}
        >
          {({ register, formState: { errors } }) => (
            <>
              <TextInput
                label={t('intake.open.source')}
                required
                maxLength={200}
                error={!!errors.sourceOrganisation}
                {...register('sourceOrganisation')}
              />
              <TextInput
                label={t('intake.open.unit')}
                required
                maxLength={200}
                error={!!errors.unitName}
                {...register('unitName')}
              />
              <NativeSelect
                label={t('intake.open.centre')}
                required
                error={!!errors.receivingCentreId}
                data={[{ value: '', label: t('command.choose') }, ...centres]}
                {...register('receivingCentreId')}
              />
              <TextInput
                type="date"
                label={t('intake.open.on')}
                required
                error={!!errors.openedOn}
                {...register('openedOn')}
              />
            </>
          )}
        </CommandDialog>
      </Group>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (draft.trim()) go(draft.trim());
        }}
      >
        <Group mt="md" align="end">
          <TextInput
            label={t('intake.goTo')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            dir="ltr"
            name="intakeId"
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="default">
            {t('common.open')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

/** The commands on one person of an open intake: vet them, then map their prior ranks by the default table. */
function PersonCommands({
  person,
  target,
  onDone,
  onReload,
}: {
  readonly person: IntakePerson;
  readonly target: (route: string) => CommandTarget;
  readonly onDone: () => void;
  readonly onReload: () => void;
}) {
  const t = useT();
  const path = `people/${person.personId}`;
  if (!person.vetting) {
    return (
      <VettingDialog
        callSign={person.callSign}
        target={target(`${path}/vetting`)}
        onDone={onDone}
        onReload={onReload}
      />
    );
  }
  if (person.vetting.outcome !== 'cleared') return null;
  const ranks = person.priorService.map((p) => p.rankOrRole).join(' · ');
  return (
    <Group gap="xs">
      {!person.mapping && (
        <CommandDialog
          label="intake.map.label"
          title="intake.map.title"
          submit="intake.map.submit"
          form={rankMappingForm}
          target={target(`${path}/rank-mapping`)}
          onDone={onDone}
          onReload={onReload}
          buttonProps={{ size: 'xs' }}
        >
          {() => <Text>{t('intake.map.explain', { ranks })}</Text>}
        </CommandDialog>
      )}
      {/* The roles chosen by hand, with the reason: for a rank the table does not know, or reads otherwise. */}
      <CommandDialog
        label="intake.override.label"
        title="intake.override.title"
        submit="intake.override.submit"
        form={rankOverrideForm}
        target={target(`${path}/rank-mapping`)}
        onDone={onDone}
        onReload={onReload}
        buttonProps={{ size: 'xs' }}
      >
        {({ register, control, formState: { errors } }) => (
          <>
            <Text size="sm">
              <bdi>{person.callSign}</bdi>: <bdi>{ranks}</bdi>
            </Text>
            <RolesField
              control={control}
              name="roles"
              offered={SOUGHT_ROLES}
              label={t('intake.override.roles')}
              invalid={!!errors.roles}
            />
            <Textarea
              label={t('intake.override.reason')}
              required
              maxLength={500}
              error={!!errors.reason}
              {...register('reason')}
            />
          </>
        )}
      </CommandDialog>
    </Group>
  );
}

/** A crew intake as one story: who came, each vetted and their ranks mapped, then completed into members. */
function IntakeStory({ intakeId }: { readonly intakeId: string }) {
  const t = useT();
  const intl = useIntl();
  const { call } = useApi();
  const queries = useQueryClient();
  const centreLabel = useCentreLabel();
  const story = useQuery({
    queryKey: ['intake', intakeId],
    queryFn: ({ signal }) => call<CrewIntakeStory>('personnel', `/crew-intakes/${intakeId}`, { signal }),
  });
  const reload = () => void story.refetch();
  const done = () => void queries.invalidateQueries({ queryKey: ['intake', intakeId] });
  if (story.error) return <Refusal error={story.error} onReload={reload} />;
  if (!story.data) return <Loading />;
  const intake = story.data;
  const open = intake.status === 'open';
  // Every command on the intake is decided on the intake's stream, at the version read.
  const target = (route: string): CommandTarget => ({
    service: 'personnel',
    path: `/crew-intakes/${intakeId}/${route}`,
    version: intake.version,
  });
  return (
    <Stack>
      <Card withBorder>
        <Group justify="space-between">
          <Title order={3}>
            <bdi>{intake.opened?.unitName}</bdi>
          </Title>
          <Badge data-testid="intake-status" data-status={intake.status} color={open ? 'blue.9' : 'gray.9'}>
            {t(`intake.status.${intake.status}`)}
          </Badge>
        </Group>
        {intake.opened && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            <Text>
              {t('intake.open.source')}: <bdi>{intake.opened.sourceOrganisation}</bdi>
            </Text>
            <Text>
              {t('intake.open.centre')}: {centreLabel(intake.opened.receivingCentreId)}
            </Text>
            <Text>
              {t('intake.open.on')}: <Day value={intake.opened.openedOn} />
            </Text>
          </SimpleGrid>
        )}
        <Text size="sm" mt="sm">
          {t('intake.id')}: <Ltr>{intake.intakeId}</Ltr>
        </Text>
      </Card>
      <Card withBorder>
        <Group justify="space-between">
          <Text>{t('intake.people', { count: intake.people.length })}</Text>
          {open && (
            <Group gap="xs">
              <CommandDialog
                label="intake.person.add"
                title="intake.person.title"
                submit="intake.person.submit"
                form={intakePersonForm(intake.opened?.sourceOrganisation ?? '')}
                target={target('people')}
                onDone={done}
                onReload={reload}
                sensitive
                size="xl"
              >
                {(fields) => (
                  <>
                    <TextInput
                      label={t('members.col.callSign')}
                      required
                      maxLength={40}
                      autoComplete="off"
                      error={!!fields.formState.errors.callSign}
                      {...fields.register('callSign')}
                    />
                    {/* Entered here to be sealed at once by the service; never shown back on this screen. */}
                    <Text size="sm">{t('intake.person.identityNote')}</Text>
                    <NameFields
                      register={fields.register as unknown as UseFormRegister<NameValues>}
                      errors={fields.formState.errors as FieldErrors<NameValues>}
                    />
                    <PriorServiceFields fields={fields} organisation={intake.opened?.sourceOrganisation ?? ''} />
                  </>
                )}
              </CommandDialog>
              <CommandDialog
                label="intake.cancel.label"
                title="intake.cancel.title"
                submit="intake.cancel.next"
                form={cancelIntakeForm}
                target={target('cancellation')}
                onDone={done}
                onReload={reload}
                buttonProps={{ variant: 'outline', color: 'red.9' }}
                confirm={(v) => (
                  <Stack gap="xs">
                    <Text>
                      {t('intake.cancel.confirm', {
                        unit: intake.opened?.unitName ?? '',
                        count: intake.people.length,
                      })}
                    </Text>
                    <Text>
                      {t('intake.cancel.reason')}: <bdi>{v.reason.trim()}</bdi>
                    </Text>
                  </Stack>
                )}
              >
                {({ register, formState: { errors } }) => (
                  <>
                    <Text size="sm">{t('intake.cancel.explain')}</Text>
                    <TextInput
                      type="date"
                      label={t('intake.cancel.on')}
                      required
                      error={!!errors.cancelledOn}
                      {...register('cancelledOn')}
                    />
                    <Textarea
                      label={t('intake.cancel.reason')}
                      required
                      maxLength={1000}
                      error={!!errors.reason}
                      {...register('reason')}
                    />
                  </>
                )}
              </CommandDialog>
              <CommandDialog
                label="intake.complete.label"
                title="intake.complete.title"
                submit="intake.complete.submit"
                form={completeIntakeForm}
                target={target('completion')}
                onDone={done}
                onReload={reload}
                buttonProps={{ variant: 'filled' }}
              >
                {({ register, formState: { errors } }) => (
                  <>
                    <Text size="sm">{t('intake.complete.explain')}</Text>
                    <TextInput
                      type="date"
                      label={t('intake.complete.on')}
                      required
                      error={!!errors.completedOn}
                      {...register('completedOn')}
                    />
                    <TextInput
                      label={t('intake.complete.months')}
                      inputMode="numeric"
                      dir="ltr"
                      required
                      error={!!errors.probationMonths}
                      {...register('probationMonths')}
                    />
                  </>
                )}
              </CommandDialog>
            </Group>
          )}
        </Group>
        {intake.people.length > 0 && (
          <Table striped mt="sm" data-testid="intake-people">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.col.callSign')}</Table.Th>
                <Table.Th>{t('intake.col.priorService')}</Table.Th>
                <Table.Th>{t('intake.col.vetting')}</Table.Th>
                <Table.Th>{t('members.col.roles')}</Table.Th>
                <Table.Th>{t('applicants.col.next')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {intake.people.map((p) => (
                <Table.Tr key={p.personId} data-person={p.callSign}>
                  <Table.Td>
                    {p.memberId ? (
                      <Anchor href={hrefOf({ screen: 'member', memberId: p.memberId })}>
                        <bdi>{p.callSign}</bdi>
                      </Anchor>
                    ) : (
                      <bdi>{p.callSign}</bdi>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {p.priorService.map((s) => (
                      <Text key={`${s.organisation}${s.from}`} size="sm">
                        <bdi>{s.rankOrRole}</bdi> · <bdi>{s.organisation}</bdi> · <Ltr>{`${s.from}–${s.to ?? ''}`}</Ltr>
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td data-testid="vetting">
                    {p.vetting ? t(`applicants.vetting.${p.vetting.outcome}`) : t('intake.notVetted')}
                  </Table.Td>
                  <Table.Td data-testid="mapped-roles">
                    {p.mapping ? intl.formatList(p.mapping.roles.map((r) => t(`role.${r}`))) : '—'}
                    {p.mapping?.source === 'override' && (
                      <Text size="xs" c="gray.7">
                        {t('intake.override.byHand')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {open && <PersonCommands person={p} target={target} onDone={done} onReload={reload} />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}

/** HR's crew intakes: open one, or work on one — its people added, vetted, their ranks mapped, then completed. */
export default function Intake({ intakeId }: { readonly intakeId: string | null }) {
  const t = useT();
  return (
    <Stack>
      <Title order={2}>{t('intake.title')}</Title>
      {intakeId ? <IntakeStory intakeId={intakeId} /> : <StartIntake />}
    </Stack>
  );
}
