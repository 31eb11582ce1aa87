import { Group, Radio, Text, TextInput, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import type { CommandTarget } from '../api/command';
import { CommandDialog } from '../commands/CommandDialog';
import { vettingForm } from '../commands/forms';
import { useT } from '../i18n/use-t';

/** The vetting of a person — a direct applicant or one of an integrated crew: the service takes the same decision. */
export function VettingDialog({
  callSign,
  target,
  onDone,
  onReload,
}: {
  readonly callSign: string;
  readonly target: CommandTarget;
  readonly onDone: () => void;
  readonly onReload: () => void;
}) {
  const t = useT();
  return (
    <CommandDialog
      label="applicants.vet"
      title="applicants.vetting.title"
      submit="applicants.vetting.submit"
      form={vettingForm}
      target={target}
      onDone={onDone}
      onReload={onReload}
      buttonProps={{ size: 'xs' }}
    >
      {({ register, control, formState: { errors } }) => (
        <>
          <Text>
            <bdi>{callSign}</bdi>
          </Text>
          <Controller
            control={control}
            name="outcome"
            render={({ field }) => (
              <Radio.Group
                label={t('applicants.vetting.outcome')}
                required
                error={!!errors.outcome}
                value={field.value}
                onChange={field.onChange}
                name={field.name}
              >
                <Group mt="xs">
                  <Radio value="cleared" label={t('applicants.vetting.cleared')} />
                  <Radio value="rejected" label={t('applicants.vetting.rejected')} />
                </Group>
              </Radio.Group>
            )}
          />
          <TextInput
            type="date"
            label={t('applicants.vetting.on')}
            required
            error={!!errors.vettedOn}
            {...register('vettedOn')}
          />
          <Textarea
            label={t('applicants.vetting.notes')}
            maxLength={2000}
            error={!!errors.notes}
            {...register('notes')}
          />
        </>
      )}
    </CommandDialog>
  );
}
