import { Fieldset, Group, NativeSelect, Radio, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useCentreOptions } from '../api/queries';
import { CommandDialog } from '../commands/CommandDialog';
import { BLOOD_TYPES, NameValues, SOUGHT_ROLES, applicationForm } from '../commands/forms';
import { useT } from '../i18n/use-t';
import { NameFields } from './IdentityFields';
import { RolesField } from './RolesField';

/**
 * Registering an applicant: the operational profile and the whole protected identity, sent once and sealed by the
 * service at once. The form is emptied and the request let go of once sent or given up (`sensitive`): the identity
 * is never in the address, the logs, or the query cache after the dialog.
 */
export function RegisterApplicant() {
  const t = useT();
  const queries = useQueryClient();
  const centres = useCentreOptions();
  // The default description grey is under 4.5:1 on white.
  const hint = (text: string) => (
    <Text component="span" size="xs" c="gray.7">
      {text}
    </Text>
  );
  return (
    <CommandDialog
      label="applicants.register.label"
      title="applicants.register.title"
      submit="applicants.register.submit"
      form={applicationForm}
      target={{ service: 'personnel', path: '/members' }}
      onDone={() => void queries.invalidateQueries({ queryKey: ['applicants'] })}
      onReload={() => undefined}
      buttonProps={{ variant: 'filled' }}
      sensitive
      size="xl"
    >
      {({ register, control, watch, formState: { errors } }) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('members.col.callSign')}
              required
              maxLength={40}
              autoComplete="off"
              error={!!errors.callSign}
              {...register('callSign')}
            />
            <TextInput
              type="date"
              label={t('applicants.register.appliedOn')}
              required
              error={!!errors.appliedOn}
              {...register('appliedOn')}
            />
          </SimpleGrid>
          <RolesField
            control={control}
            name="rolesSought"
            offered={SOUGHT_ROLES}
            label={t('applicants.register.roles')}
            invalid={!!errors.rolesSought}
          />
          <NativeSelect
            label={t('applicants.register.centre')}
            data={[{ value: '', label: t('applicants.register.noCentre') }, ...centres]}
            {...register('preferredCentreId')}
          />
          <Text size="sm">{t('applicants.register.identityNote')}</Text>
          <NameFields
            register={register as unknown as UseFormRegister<NameValues>}
            errors={errors as FieldErrors<NameValues>}
          />
          <Controller
            control={control}
            name="birthKind"
            render={({ field }) => (
              <Radio.Group
                label={t('identity.form.birth')}
                value={field.value}
                onChange={field.onChange}
                name={field.name}
              >
                <Group mt="xs">
                  <Radio value="" label={t('identity.form.birth.unknown')} />
                  <Radio value="year" label={t('identity.form.birth.year')} />
                  <Radio value="date" label={t('identity.form.birth.date')} />
                </Group>
              </Radio.Group>
            )}
          />
          {watch('birthKind') === 'year' && (
            <TextInput
              label={t('identity.form.birthYearLabel')}
              inputMode="numeric"
              dir="ltr"
              required
              maxLength={4}
              error={!!errors.birthYear}
              {...register('birthYear')}
            />
          )}
          {watch('birthKind') === 'date' && (
            <TextInput
              type="date"
              label={t('identity.form.birthDateLabel')}
              required
              error={!!errors.birthDate}
              {...register('birthDate')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('identity.nationalId')}
              dir="ltr"
              maxLength={40}
              autoComplete="off"
              error={!!errors.nationalId}
              {...register('nationalId')}
            />
            <TextInput
              type="tel"
              label={t('identity.phone')}
              description={hint('+963 944 000 000')}
              dir="ltr"
              maxLength={30}
              autoComplete="off"
              error={!!errors.phone}
              {...register('phone')}
            />
            <TextInput label={t('identity.homeArea')} maxLength={120} autoComplete="off" {...register('homeArea')} />
            <NativeSelect
              label={t('identity.bloodType')}
              data={[
                { value: '', label: t('identity.form.notKnown') },
                ...BLOOD_TYPES.map((b) => ({ value: b, label: b })),
              ]}
              {...register('bloodType')}
            />
          </SimpleGrid>
          <Fieldset legend={t('identity.form.contactTitle')} variant="unstyled">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('identity.form.contactName')}
                maxLength={120}
                autoComplete="off"
                error={!!errors.contactName}
                {...register('contactName')}
              />
              <TextInput
                label={t('identity.form.contactRelation')}
                maxLength={60}
                autoComplete="off"
                error={!!errors.contactName}
                {...register('contactRelation')}
              />
              <TextInput
                type="tel"
                label={t('identity.form.contactPhone')}
                dir="ltr"
                maxLength={30}
                autoComplete="off"
                error={!!errors.contactPhone || !!errors.contactName}
                {...register('contactPhone')}
              />
            </SimpleGrid>
          </Fieldset>
        </>
      )}
    </CommandDialog>
  );
}
