import { Checkbox, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useCentreLabel, useCentreOptions } from '../api/queries';
import type { MemberProfile } from '../api/types';
import { CommandDialog, CommandDialogProps } from '../commands/CommandDialog';
import {
  DEPARTURE_REASONS,
  LifeEvent,
  deathForm,
  departureForm,
  injuryForm,
  leaveForm,
  lifeEventsFor,
  reinstatementForm,
  suspensionForm,
  transferForm,
} from '../commands/forms';
import { dayOf } from '../format';
import { useT } from '../i18n/use-t';
import { Ltr } from '../layout/bits';

/** A life event's dialog: its words, form and fields, and its route on the member. */
type LifeEventDialog<V extends FieldValues, B> = Omit<CommandDialogProps<V, B>, 'target' | 'onDone' | 'onReload'> & {
  readonly route: string;
};

/** The member's life events HR records, each in its own dialog, those the record's status allows. */
export function LifeEvents({ member, onReload }: { readonly member: MemberProfile; readonly onReload: () => void }) {
  const t = useT();
  const intl = useIntl();
  const queries = useQueryClient();
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
    <Group gap="xs" data-testid="life-events">
      {lifeEventsFor(member.status).map((event) => dialogs[event])}
    </Group>
  );
}
