import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Controller, type FieldValues, type UseFormReturn, useFieldArray } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { useApi } from '../api/context';
import { useCentreOptions, useDonorOptions } from '../api/queries';
import type { Checklist, VehicleProfile } from '../api/types';
import { CommandDialog, CommandDialogProps } from '../commands/CommandDialog';
import {
  CHECK_KINDS,
  CheckKind,
  DAMAGE_CAUSES,
  DAMAGE_SEVERITIES,
  RepairWorkValues,
  VehicleCommand,
  WRITE_OFF_REASONS,
  checkForm,
  damageForm,
  diversionForm,
  emptyPart,
  odometerCorrectionForm,
  repairClosureForm,
  repairOrderForm,
  repairWorkForm,
  returnToServiceForm,
  serviceForm,
  turnBackForm,
  unrepairedDamage,
  unserviceableForm,
  vehicleCommandsFor,
  writeOffForm,
} from '../commands/forms';
import { dayOf } from '../format';
import { knownId } from '../i18n/messages';
import { Translate, useT } from '../i18n/use-t';
import { Hint, Loading, Ltr } from '../layout/bits';

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
  const centres = useCentreOptions(null);
  const move = vehicle.moves.at(-1);
  const km = (n: number | null) => (n === null ? '—' : t('vehicle.km', { km: n }));
  const unrepaired = unrepairedDamage(vehicle);
  const dialogs: Record<Exclude<VehicleCommand, 'dispatch' | 'arrival'>, ReactElement> = {
    divert: dialog({
      route: 'diversion',
      label: 'vehicle.divert',
      title: 'vehicle.divert.title',
      submit: 'vehicle.divert.submit',
      form: diversionForm,
      children: ({ register, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('vehicle.divert.to')}
            required
            error={!!errors.toCentreId}
            data={[
              { value: '', label: t('command.choose') },
              // Neither where it is going nor where it came from (that is a turn back).
              ...centres.filter((c) => c.value !== move?.toCentreId && c.value !== move?.fromCentreId),
            ]}
            {...register('toCentreId')}
          />
          <Textarea
            label={t('vehicle.divert.reason')}
            required
            maxLength={500}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      ),
    }),
    turnBack: dialog({
      route: 'return-to-origin',
      label: 'vehicle.turnBack',
      title: 'vehicle.turnBack.title',
      submit: 'vehicle.turnBack.submit',
      form: turnBackForm,
      children: ({ register, formState: { errors } }) => (
        <Textarea
          label={t('vehicle.turnBack.reason')}
          description={<Hint>{t('vehicle.turnBack.hint')}</Hint>}
          required
          maxLength={500}
          error={!!errors.reason}
          {...register('reason')}
        />
      ),
    }),
    check: <RecordCheck key="check" vehicle={vehicle} reread={reread} />,
    service: dialog({
      route: 'services',
      label: 'vehicle.service.record',
      title: 'vehicle.service.title',
      submit: 'vehicle.service.submit',
      form: serviceForm(vehicle.odometerKm),
      children: ({ register, formState: { errors } }) => (
        <>
          <TextInput
            type="date"
            label={t('vehicle.service.on')}
            required
            error={!!errors.servicedOn}
            {...register('servicedOn')}
          />
          <TextInput
            type="number"
            label={t('vehicle.check.odometer')}
            description={<Hint>{t('vehicle.odometer.current', { reading: km(vehicle.odometerKm) })}</Hint>}
            required
            error={!!errors.odometerKm}
            {...register('odometerKm')}
          />
          <Textarea
            label={t('vehicle.service.work')}
            required
            maxLength={2000}
            error={!!errors.workDone}
            {...register('workDone')}
          />
        </>
      ),
    }),
    odometer: dialog({
      route: 'odometer-correction',
      label: 'vehicle.odometer.correct',
      title: 'vehicle.odometer.title',
      submit: 'vehicle.odometer.next',
      form: odometerCorrectionForm(vehicle.odometerKm),
      // Audited, and the only way a reading goes down: the step restates the change before it is recorded.
      confirm: (v) => (
        <Stack gap="xs">
          <Text>
            {t('vehicle.odometer.confirm', {
              corrected: km(Number(v.correctedKm)),
              previous: km(vehicle.odometerKm),
            })}
          </Text>
          <Text>
            {t('vehicle.odometer.reason')}: <bdi>{v.reason.trim()}</bdi>
          </Text>
          <Text>{t('vehicle.odometer.audited')}</Text>
        </Stack>
      ),
      children: ({ register, formState: { errors } }) => (
        <>
          <Text size="sm">{t('vehicle.odometer.current', { reading: km(vehicle.odometerKm) })}</Text>
          <TextInput
            type="number"
            label={t('vehicle.odometer.corrected')}
            required
            error={!!errors.correctedKm}
            {...register('correctedKm')}
          />
          <Textarea
            label={t('vehicle.odometer.reason')}
            required
            maxLength={500}
            error={!!errors.reason}
            {...register('reason')}
          />
        </>
      ),
    }),
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
      children: ({ register, control, formState: { errors } }) => (
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
          {unrepaired.length > 0 && (
            <Controller
              control={control}
              name="damageIds"
              render={({ field }) => (
                <Checkbox.Group label={t('vehicle.repair.damage')} value={[...field.value]} onChange={field.onChange}>
                  <Stack mt="xs" gap="xs">
                    {unrepaired.map((d) => (
                      <Checkbox
                        key={d.damageId}
                        value={d.damageId}
                        label={t('vehicle.repair.damageItem', {
                          date: long(d.occurredOn),
                          kind: t(`vehicle.cause.${d.cause}`),
                          status: t(`vehicle.severity.${d.severity}`),
                        })}
                      />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
            />
          )}
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

/** A checklist item's words: the catalogue's, or the service's own label for an item not worded yet. */
export function checkItemWords(t: Translate, code: string, label: string): string {
  const id = knownId(`checkItem.${code}`);
  return id ? t(id) : label;
}

/**
 * A daily or weekly check: each item of the vehicle type's checklist (read from the service) passed or failed, a
 * failed one with what was wrong; a failed critical item takes the vehicle off the road (the service decides).
 */
function RecordCheck({ vehicle, reread }: { readonly vehicle: VehicleProfile; readonly reread: () => void }) {
  const t = useT();
  const { call } = useApi();
  const checklist = (kind: CheckKind) => ({
    queryKey: ['checklist', vehicle.vehicleType, kind],
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      call<Checklist>('equipment', `/vehicles/checklists/${vehicle.vehicleType}`, { query: { kind }, signal }),
    staleTime: Infinity,
  });
  const daily = useQuery(checklist('daily'));
  const weekly = useQuery(checklist('weekly'));
  if (!daily.data || !weekly.data) {
    return (
      <Button variant="default" disabled leftSection={<Loading size="xs" />}>
        {t('vehicle.check.record')}
      </Button>
    );
  }
  const lists = { daily: daily.data.items, weekly: weekly.data.items };
  const codes = { daily: lists.daily.map((i) => i.code), weekly: lists.weekly.map((i) => i.code) };
  return (
    <VehicleCommandDialog
      vehicle={vehicle}
      reread={reread}
      route="checks"
      label="vehicle.check.record"
      title="vehicle.check.title"
      submit="vehicle.check.submit"
      form={checkForm(codes, vehicle.odometerKm)}
    >
      {({ register, watch, formState: { errors } }) => (
        <>
          <NativeSelect
            label={t('vehicle.checkKind')}
            required
            data={CHECK_KINDS.map((k) => ({ value: k, label: t(`vehicle.check.${k}`) }))}
            {...register('kind')}
          />
          <Group grow align="start">
            <TextInput
              type="datetime-local"
              label={t('vehicle.performedAt')}
              required
              error={!!errors.performedAt}
              {...register('performedAt')}
            />
            <TextInput
              type="number"
              label={t('vehicle.check.odometer')}
              required
              error={!!errors.odometerKm}
              {...register('odometerKm')}
            />
          </Group>
          <TextInput
            type="number"
            step="0.1"
            label={t('vehicle.check.engineHours')}
            error={!!errors.engineHours}
            {...register('engineHours')}
          />
          <Fieldset legend={t(`vehicle.check.${watch('kind')}`)} data-testid="checklist">
            <Stack gap="xs">
              <Hint>{t('vehicle.check.criticalHint')}</Hint>
              {lists[watch('kind')].map((item) => {
                const words = checkItemWords(t, item.code, item.label);
                const name = item.critical ? t('vehicle.check.critical', { item: words }) : words;
                return (
                  <div key={`${watch('kind')}-${item.code}`} data-item={item.code}>
                    <NativeSelect
                      label={name}
                      required
                      error={!!errors.items && !watch(`items.${item.code}`)}
                      data={[
                        { value: '', label: t('command.choose') },
                        { value: 'passed', label: t('vehicle.check.mark.passed') },
                        { value: 'failed', label: t('vehicle.check.mark.failed') },
                      ]}
                      {...register(`items.${item.code}`)}
                    />
                    {watch(`items.${item.code}`) === 'failed' && (
                      <TextInput
                        mt={4}
                        label={t('vehicle.check.note', { item: words })}
                        maxLength={500}
                        {...register(`notes.${item.code}`)}
                      />
                    )}
                  </div>
                );
              })}
            </Stack>
          </Fieldset>
        </>
      )}
    </VehicleCommandDialog>
  );
}

/** The parts fitted, one row each: what, how many, at what unit cost; added and removed in the form. */
function PartsFields({ fields }: { readonly fields: UseFormReturn<RepairWorkValues> }) {
  const t = useT();
  const parts = useFieldArray({ control: fields.control, name: 'parts' });
  const wrong = !!fields.formState.errors.parts;
  return (
    <Fieldset legend={t('vehicle.work.parts')}>
      <Stack gap="xs">
        {parts.fields.map((part, i) => (
          <Group key={part.id} align="end" wrap="nowrap" gap="xs">
            <TextInput
              label={t('vehicle.work.part.description')}
              required
              maxLength={200}
              error={wrong}
              style={{ flex: 3 }}
              {...fields.register(`parts.${i}.description`)}
            />
            <TextInput
              type="number"
              label={t('vehicle.work.part.quantity')}
              required
              error={wrong}
              style={{ flex: 1 }}
              {...fields.register(`parts.${i}.quantity`)}
            />
            <TextInput
              type="number"
              step="0.01"
              label={t('vehicle.work.part.unitCost')}
              required
              error={wrong}
              style={{ flex: 2 }}
              {...fields.register(`parts.${i}.unitCost`)}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('vehicle.work.part.remove', { n: i + 1 })}
              onClick={() => parts.remove(i)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button variant="light" size="xs" onClick={() => parts.append(emptyPart())} style={{ alignSelf: 'start' }}>
          {t('vehicle.work.part.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** Work recorded on an open repair order: what was done, the parts, the labour, and who paid (a donor, or own funds). */
export function RepairWork({
  vehicle,
  order,
  reread,
}: {
  readonly vehicle: VehicleProfile;
  readonly order: VehicleProfile['repairOrders'][number];
  readonly reread: () => void;
}) {
  const t = useT();
  const donors = useDonorOptions();
  return (
    <VehicleCommandDialog
      vehicle={vehicle}
      reread={reread}
      route={`repair-orders/${order.orderId}/work`}
      label="vehicle.work.record"
      title="vehicle.work.title"
      submit="vehicle.work.submit"
      form={repairWorkForm(order.openedOn)}
      buttonProps={{ size: 'xs' }}
    >
      {(fields) => {
        const {
          register,
          formState: { errors },
        } = fields;
        return (
          <>
            <Text size="sm">
              <bdi>{order.description}</bdi> · <bdi>{order.workshop}</bdi>
            </Text>
            <Textarea
              label={t('vehicle.work.done')}
              required
              maxLength={2000}
              error={!!errors.workDone}
              {...register('workDone')}
            />
            <PartsFields fields={fields} />
            <Group grow align="start">
              <TextInput
                type="number"
                step="0.01"
                label={t('vehicle.work.labour')}
                required
                error={!!errors.labourCost}
                {...register('labourCost')}
              />
              <TextInput
                label={t('vehicle.work.currency')}
                required
                dir="ltr"
                maxLength={3}
                error={!!errors.currency}
                {...register('currency')}
              />
            </Group>
            <NativeSelect
              label={t('vehicle.work.donor')}
              data={[{ value: '', label: t('vehicle.ownFunds') }, ...donors]}
              {...register('donorId')}
            />
            <TextInput
              label={t('vehicle.work.funding')}
              required
              maxLength={200}
              error={!!errors.funding}
              {...register('funding')}
            />
            <TextInput
              type="date"
              label={t('vehicle.work.on')}
              required
              error={!!errors.recordedOn}
              {...register('recordedOn')}
            />
          </>
        );
      }}
    </VehicleCommandDialog>
  );
}
