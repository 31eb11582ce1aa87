import { Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { ReactElement } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { VehicleProfile } from '../api/types';
import { CommandDialog, CommandDialogProps } from '../commands/CommandDialog';
import {
  DAMAGE_CAUSES,
  DAMAGE_SEVERITIES,
  VehicleCommand,
  WRITE_OFF_REASONS,
  damageForm,
  repairClosureForm,
  repairOrderForm,
  returnToServiceForm,
  unserviceableForm,
  vehicleCommandsFor,
  writeOffForm,
} from '../commands/forms';
import { dayOf } from '../format';
import { useT } from '../i18n/use-t';
import { Hint, Ltr } from '../layout/bits';

/** A vehicle command's dialog: its words, form and fields, and its route on the vehicle. */
type VehicleDialog<V extends FieldValues, B> = Omit<CommandDialogProps<V, B>, 'target' | 'onDone' | 'onReload'> & {
  readonly route: string;
};

/** A command on the vehicle as read (its version), at `/vehicles/<id>/<route>`; the page read again after it. */
function VehicleCommandDialog<V extends FieldValues, B>({
  vehicle,
  reread,
  route,
  ...props
}: VehicleDialog<V, B> & { readonly vehicle: VehicleProfile; readonly reread: () => void }) {
  return (
    <CommandDialog
      {...props}
      target={{ service: 'equipment', path: `/vehicles/${vehicle.vehicleId}/${route}`, version: vehicle.version }}
      onDone={reread}
      onReload={reread}
    />
  );
}

/**
 * Logistics' commands on a vehicle, those its status allows (`vehicleCommandsFor`): damage, a repair order, taken
 * off the road and back, and a write-off after a step that restates it and says it is final. `moves` are the
 * dispatch and the arrival, built by the page.
 */
export function VehicleCommands({
  vehicle,
  reread,
  moves,
  allowed,
}: {
  readonly vehicle: VehicleProfile;
  readonly reread: () => void;
  readonly moves: Partial<Record<VehicleCommand, ReactElement>>;
  /** Whether the reader may send this command (the arrival is a commander's too). */
  readonly allowed: (command: VehicleCommand) => boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const long = (day: string) => intl.formatDate(dayOf(day), { dateStyle: 'long', timeZone: 'UTC' });
  const dialog = <V extends FieldValues, B>(props: VehicleDialog<V, B>) => (
    <VehicleCommandDialog key={props.route} vehicle={vehicle} reread={reread} {...props} />
  );
  const dialogs: Record<Exclude<VehicleCommand, 'dispatch' | 'arrival'>, ReactElement> = {
    damage: dialog({
      route: 'damage',
      label: 'vehicle.damage.record',
      title: 'vehicle.damage.title',
      submit: 'vehicle.damage.submit',
      form: damageForm(vehicle.odometerKm),
      children: ({ register, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('vehicle.cause')}
            required
            error={!!errors.cause}
            data={[
              { value: '', label: t('command.choose') },
              ...DAMAGE_CAUSES.map((c) => ({ value: c, label: t(`vehicle.cause.${c}`) })),
            ]}
            {...register('cause')}
          />
          <NativeSelect
            label={t('vehicle.severity')}
            description={<Hint>{t('vehicle.damage.severeHint')}</Hint>}
            required
            error={!!errors.severity}
            data={[
              { value: '', label: t('command.choose') },
              ...DAMAGE_SEVERITIES.map((s) => ({ value: s, label: t(`vehicle.severity.${s}`) })),
            ]}
            {...register('severity')}
          />
          <TextInput
            type="date"
            label={t('vehicle.occurredOn')}
            required
            error={!!errors.occurredOn}
            {...register('occurredOn')}
          />
          <TextInput
            label={t('command.incidentRef')}
            description={<Hint>{t('vehicle.damage.incidentHint')}</Hint>}
            dir="ltr"
            maxLength={100}
            error={!!errors.incidentRef}
            {...register('incidentRef')}
          />
          <Textarea
            label={t('vehicle.description')}
            required
            maxLength={2000}
            error={!!errors.description}
            {...register('description')}
          />
          <TextInput
            type="number"
            label={t('vehicle.odometerKm')}
            error={!!errors.odometerKm}
            {...register('odometerKm')}
          />
        </>
      ),
    }),
    repair: dialog({
      route: 'repair-orders',
      label: 'vehicle.repair.open',
      title: 'vehicle.repair.title',
      submit: 'vehicle.repair.submit',
      form: repairOrderForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <Textarea
            label={t('vehicle.repair.work')}
            required
            maxLength={2000}
            error={!!errors.description}
            {...register('description')}
          />
          <TextInput
            label={t('vehicle.repair.workshop')}
            required
            maxLength={200}
            error={!!errors.workshop}
            {...register('workshop')}
          />
          <TextInput
            type="date"
            label={t('vehicle.openedOn')}
            required
            error={!!errors.openedOn}
            {...register('openedOn')}
          />
        </>
      ),
    }),
    unserviceable: dialog({
      route: 'unserviceable',
      label: 'vehicle.unserviceable',
      title: 'vehicle.unserviceable.title',
      submit: 'vehicle.unserviceable.submit',
      form: unserviceableForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <Textarea
            label={t('vehicle.unserviceable.reason')}
            required
            maxLength={500}
            error={!!errors.reason}
            {...register('reason')}
          />
          <TextInput
            type="date"
            label={t('vehicle.unserviceable.on')}
            required
            error={!!errors.declaredOn}
            {...register('declaredOn')}
          />
        </>
      ),
    }),
    return: dialog({
      route: 'return-to-service',
      label: 'vehicle.return',
      title: 'vehicle.return.title',
      submit: 'vehicle.return.submit',
      form: returnToServiceForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <TextInput
            type="date"
            label={t('vehicle.return.on')}
            required
            error={!!errors.returnedOn}
            {...register('returnedOn')}
          />
          <Textarea label={t('command.notes')} maxLength={500} {...register('note')} />
        </>
      ),
    }),
    writeOff: dialog({
      route: 'write-off',
      label: 'vehicle.writeOff',
      title: 'vehicle.writeOff.title',
      submit: 'vehicle.writeOff.next',
      form: writeOffForm,
      buttonProps: { variant: 'outline', color: 'dark' },
      // Final: the step restates what is recorded and what follows from it.
      confirm: (v) => (
        <Stack gap="xs">
          <Text>
            {t('vehicle.writeOff.confirm', {
              date: long(v.writtenOffOn),
              kind: v.reason === '' ? '' : t(`vehicle.writeOff.reason.${v.reason}`),
            })}
          </Text>
          <Text>
            {t('vehicle.writeOff.evidence')}: <Ltr>{v.evidenceRef.trim()}</Ltr>
          </Text>
          <Text>{t('vehicle.writeOff.consequences')}</Text>
        </Stack>
      ),
      children: ({ register, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('vehicle.writeOff.why')}
            required
            error={!!errors.reason}
            data={[
              { value: '', label: t('command.choose') },
              ...WRITE_OFF_REASONS.map((r) => ({ value: r, label: t(`vehicle.writeOff.reason.${r}`) })),
            ]}
            {...register('reason')}
          />
          <TextInput
            label={t('vehicle.writeOff.evidence')}
            required
            dir="ltr"
            maxLength={200}
            error={!!errors.evidenceRef}
            {...register('evidenceRef')}
          />
          <TextInput
            type="date"
            label={t('vehicle.writeOff.on')}
            required
            error={!!errors.writtenOffOn}
            {...register('writtenOffOn')}
          />
          <Textarea label={t('command.notes')} maxLength={2000} {...register('note')} />
        </>
      ),
    }),
  };
  const all: Partial<Record<VehicleCommand, ReactElement>> = { ...moves, ...dialogs };
  return (
    <Group gap="xs" data-testid="vehicle-commands">
      {vehicleCommandsFor(vehicle)
        .filter(allowed)
        .map((command) => all[command])}
    </Group>
  );
}

/** Closes an open repair order: the workshop hands the vehicle back (with no other open, it is serviceable again). */
export function CloseRepair({
  vehicle,
  order,
  reread,
}: {
  readonly vehicle: VehicleProfile;
  readonly order: VehicleProfile['repairOrders'][number];
  readonly reread: () => void;
}) {
  const t = useT();
  return (
    <VehicleCommandDialog
      vehicle={vehicle}
      reread={reread}
      route={`repair-orders/${order.orderId}/closure`}
      label="vehicle.repair.close"
      title="vehicle.repair.close.title"
      submit="vehicle.repair.close.submit"
      form={repairClosureForm(order.openedOn, vehicle.odometerKm)}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <TextInput
            type="date"
            label={t('vehicle.closedOn')}
            required
            error={!!errors.closedOn}
            {...register('closedOn')}
          />
          <TextInput
            type="number"
            label={t('vehicle.odometerKm')}
            error={!!errors.odometerKm}
            {...register('odometerKm')}
          />
          <Textarea label={t('command.notes')} maxLength={2000} {...register('notes')} />
        </>
      )}
    </VehicleCommandDialog>
  );
}
