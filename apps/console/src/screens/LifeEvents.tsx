import { Checkbox, Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Controller, type FieldValues } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { MemberProfile } from '../api/types';
import { CommandDialog, CommandDialogProps } from '../commands/CommandDialog';
import {
  DEPARTURE_REASONS,
  LifeEvent,
  MEMBER_ROLES,
  PROBATION_OUTCOMES,
  deathForm,
  departureForm,
  injuryForm,
  leaveForm,
  lifeEventsFor,
  probationReviewForm,
  reinstatementForm,
  returnForm,
  roleChangeForm,
  suspensionForm,
  transferForm,
} from '../commands/forms';
import { dayOf } from '../format';
import { useT } from '../i18n/use-t';
import { Ltr } from '../layout/bits';
import { useApi } from '../api/context';
import { AdminCommands } from './AdminCommands';
import { RolesField } from './RolesField';

/** A life event's dialog: its words, form and fields, and its route on the member. */
type LifeEventDialog<V extends FieldValues, B> = Omit<CommandDialogProps<V, B>, 'target' | 'onDone' | 'onReload'> & {
  readonly route: string;
};

/** The member's life events HR records, each in its own dialog, those the record's status allows. */
export function LifeEvents({ member, onReload }: { readonly member: MemberProfile; readonly onReload: () => void }) {
  const t = useT();
  const intl = useIntl();
  const queries = useQueryClient();
  const isAdmin = useApi().session.roles.includes('admin');
  const otherCentres = useCentreOptions(member.centreId);
  const centreLabel = useCentreLabel();
  const long = (day: string) => intl.formatDate(dayOf(day), { dateStyle: 'long', timeZone: 'UTC' });
  // Each a command on the record as read (its version), at `/members/<id>/<route>`.
  const dialog = <V extends FieldValues, B>({ route, ...props }: LifeEventDialog<V, B>) => (
    <CommandDialog
      key={route}
      {...props}
      target={{ service: 'personnel', path: `/members/${member.memberId}/${route}`, version: member.version }}
      onReload={onReload}
      onDone={() => {
        void queries.invalidateQueries({ queryKey: ['member', member.memberId] });
        void queries.invalidateQueries({ queryKey: ['members'] });
      }}
    />
  );
  const dialogs: Record<LifeEvent, ReactElement> = {
    leave: dialog({
      route: 'leave',
      label: 'leave.record',
      title: 'leave.title',
      submit: 'leave.submit',
      form: leaveForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <TextInput type="date" label={t('leave.from')} required error={!!errors.from} {...register('from')} />
          <TextInput type="date" label={t('leave.until')} required error={!!errors.until} {...register('until')} />
          <Textarea
            label={t('leave.reason')}
            required
            maxLength={500}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      ),
    }),
    return: dialog({
      route: 'leave-return',
      label: 'member.return.record',
      title: 'member.return.title',
      submit: 'member.return.submit',
      form: returnForm(member.leave?.from ?? null),
      children: ({ register, formState: { errors } }) => (
        <>
          {member.leave && (
            <Text size="sm">
              {t('member.return.onLeave', { from: long(member.leave.from), to: long(member.leave.until) })}
            </Text>
          )}
          <TextInput
            type="date"
            label={t('member.return.on')}
            required
            error={!!errors.returnedOn}
            {...register('returnedOn')}
          />
        </>
      ),
    }),
    roles: dialog({
      route: 'role-changes',
      label: 'member.roles.record',
      title: 'member.roles.title',
      submit: 'member.roles.submit',
      form: roleChangeForm(member.roles),
      children: ({ register, control, formState: { errors } }) => (
        <>
          <Text size="sm">
            {t('member.roles.now', { roles: intl.formatList(member.roles.map((r) => t(`role.${r}`))) })}
          </Text>
          <RolesField
            control={control}
            name="roles"
            offered={MEMBER_ROLES}
            label={t('member.roles.new')}
            description={
              // The default description grey is under 4.5:1 on white.
              <Text component="span" size="xs" c="gray.7">
                {t('member.roles.commanderHint')}
              </Text>
            }
            invalid={!!errors.roles}
          />
          <TextInput
            type="date"
            label={t('member.roles.effectiveOn')}
            required
            error={!!errors.effectiveOn}
            {...register('effectiveOn')}
          />
          <Textarea
            label={t('member.roles.reason')}
            required
            maxLength={500}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      ),
    }),
    probation: dialog({
      route: 'probation-review',
      label: 'member.probation.record',
      title: 'member.probation.title',
      submit: 'member.probation.submit',
      form: probationReviewForm(member.probationEndsOn ?? ''),
      children: ({ register, control, watch, formState: { errors } }) => (
        <>
          {member.probationEndsOn && (
            <Text size="sm">{t('member.probation.endsOn', { date: long(member.probationEndsOn) })}</Text>
          )}
          <Controller
            control={control}
            name="outcome"
            render={({ field }) => (
              <Radio.Group
                label={t('member.probation.outcome')}
                required
                value={field.value}
                onChange={field.onChange}
                name={field.name}
              >
                <Stack mt="xs" gap="xs">
                  {PROBATION_OUTCOMES.map((o) => (
                    <Radio key={o} value={o} label={t(`member.probation.outcome.${o}`)} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <TextInput
            type="date"
            label={t('member.probation.reviewedOn')}
            required
            error={!!errors.reviewedOn}
            {...register('reviewedOn')}
          />
          {watch('outcome') === 'extend' && (
            <TextInput
              type="date"
              label={t('member.probation.until')}
              required
              error={!!errors.newEndsOn}
              {...register('newEndsOn')}
            />
          )}
          <Textarea
            label={t('member.probation.notes')}
            required={watch('outcome') !== 'confirm'}
            maxLength={2000}
            error={!!errors.notes}
            {...register('notes')}
          />
        </>
      ),
    }),
    transfer: dialog({
      route: 'transfers',
      label: 'member.transfer.record',
      title: 'member.transfer.title',
      submit: 'member.transfer.submit',
      form: transferForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <Text size="sm">{t('member.transfer.from', { centre: centreLabel(member.centreId) })}</Text>
          <NativeSelect
            label={t('member.transfer.to')}
            required
            error={!!errors.toCentreId}
            data={[{ value: '', label: t('command.choose') }, ...otherCentres]}
            {...register('toCentreId')}
          />
          <TextInput
            type="date"
            label={t('member.transfer.effectiveOn')}
            required
            error={!!errors.effectiveOn}
            {...register('effectiveOn')}
          />
          <Textarea
            label={t('member.transfer.reason')}
            required
            maxLength={500}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      ),
    }),
    suspension: dialog({
      route: 'suspension',
      label: 'member.suspension.record',
      title: 'member.suspension.title',
      submit: 'member.suspension.submit',
      form: suspensionForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <TextInput
            type="date"
            label={t('member.suspension.since')}
            required
            error={!!errors.since}
            {...register('since')}
          />
          <Textarea
            label={t('member.suspension.reason')}
            required
            maxLength={500}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      ),
    }),
    reinstatement: dialog({
      route: 'reinstatement',
      label: 'member.reinstatement.record',
      title: 'member.reinstatement.title',
      submit: 'member.reinstatement.submit',
      form: reinstatementForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <TextInput
            type="date"
            label={t('member.reinstatement.on')}
            required
            error={!!errors.reinstatedOn}
            {...register('reinstatedOn')}
          />
          <Textarea label={t('command.notes')} maxLength={2000} {...register('notes')} />
        </>
      ),
    }),
    injury: dialog({
      route: 'injuries',
      label: 'member.injury.record',
      title: 'member.injury.title',
      submit: 'member.injury.submit',
      form: injuryForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <TextInput
            type="date"
            label={t('member.injury.on')}
            required
            error={!!errors.injuredOn}
            {...register('injuredOn')}
          />
          <Checkbox label={t('member.injury.inLineOfDuty')} {...register('inLineOfDuty')} />
          <TextInput
            label={t('command.incidentRef')}
            dir="ltr"
            maxLength={100}
            error={!!errors.incidentRef}
            {...register('incidentRef')}
          />
          <Textarea label={t('member.injury.description')} maxLength={2000} {...register('description')} />
        </>
      ),
    }),
    death: dialog({
      route: 'death-in-line-of-duty',
      label: 'member.lineOfDuty.record',
      title: 'member.lineOfDuty.title',
      submit: 'member.lineOfDuty.next',
      form: deathForm,
      buttonProps: { variant: 'outline', color: 'dark' },
      // Nothing about a death is recorded on one click: the step says what will follow from it.
      confirm: (v) => (
        <Stack gap="xs">
          <Text>{t('member.lineOfDuty.confirm', { date: long(v.diedOn) })}</Text>
          <Text>
            {t('command.incidentRef')}: <Ltr>{v.incidentRef.trim()}</Ltr>
          </Text>
          <Text>{t('member.lineOfDuty.consequences')}</Text>
        </Stack>
      ),
      children: ({ register, formState: { errors } }) => (
        <>
          <Text size="sm">{t('member.lineOfDuty.intro')}</Text>
          <TextInput
            type="date"
            label={t('member.lineOfDuty.on')}
            required
            error={!!errors.diedOn}
            {...register('diedOn')}
          />
          <TextInput
            label={t('command.incidentRef')}
            required
            dir="ltr"
            maxLength={100}
            error={!!errors.incidentRef}
            {...register('incidentRef')}
          />
          <Textarea label={t('member.lineOfDuty.circumstances')} maxLength={4000} {...register('circumstances')} />
        </>
      ),
    }),
    departure: dialog({
      route: 'departure',
      label: 'member.departure.record',
      title: 'member.departure.title',
      submit: 'member.departure.submit',
      form: departureForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <TextInput
            type="date"
            label={t('member.departure.on')}
            required
            error={!!errors.departedOn}
            {...register('departedOn')}
          />
          <NativeSelect
            label={t('member.departure.reason')}
            required
            error={!!errors.reason}
            data={[
              { value: '', label: t('command.choose') },
              ...DEPARTURE_REASONS.map((r) => ({ value: r, label: t(`member.departure.reason.${r}`) })),
            ]}
            {...register('reason')}
          />
          <Textarea label={t('command.notes')} maxLength={2000} {...register('notes')} />
        </>
      ),
    }),
  };

  return (
    <>
      <Group gap="xs" data-testid="life-events">
        {lifeEventsFor(member.status, !!member.probationEndsOn).map((event) => dialogs[event])}
      </Group>
      {isAdmin && <AdminCommands member={member} onReload={onReload} />}
    </>
  );
}
