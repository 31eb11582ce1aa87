import { Button, ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ReactNode, useState } from 'react';
import { DefaultValues, FieldErrors, FieldValues, Resolver, UseFormReturn, useForm } from 'react-hook-form';
import { CommandTarget, useCommand } from '../api/command';
import type { CommandResult } from '../api/types';
import { localToday } from '../forms';
import type { MessageId } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { Refusal } from '../layout/Refusal';
import type { CommandForm, Problems } from './forms';

/** The pure form's checks as react-hook-form's resolver: its problems become the fields' errors. */
function resolverOf<V extends FieldValues>(form: CommandForm<V, unknown>): Resolver<V> {
  return (values) => {
    const problems: Problems<V> = form.validate(values, localToday());
    const entries = Object.entries(problems);
    if (entries.length === 0) return { values, errors: {} };
    const errors = Object.fromEntries(entries.map(([field, message]) => [field, { type: 'validate', message }]));
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}

/** The distinct messages of a form's errors, in the order of its fields. */
const messagesOf = (errors: FieldErrors): MessageId[] => [
  ...new Set(Object.values(errors).flatMap((e) => (typeof e?.message === 'string' ? [e.message as MessageId] : []))),
];

/** The form's empty values, as of now. */
function emptyOf<V>(form: CommandForm<V, unknown>): V {
  const now = new Date();
  return form.defaults(localToday(now), now);
}

export interface CommandDialogProps<V extends FieldValues, B> {
  readonly label: MessageId;
  readonly title: MessageId;
  readonly submit: MessageId;
  readonly form: CommandForm<V, B>;
  readonly target: CommandTarget;
  /** After the command took effect (its answer: the record's id and version; the body sent): refresh what shows it. */
  readonly onDone: (result: CommandResult, body: B) => void;
  /** Read the record again (offered on a concurrency conflict). */
  readonly onReload: () => void;
  /** A confirmation step before sending: what is about to be recorded, in words. */
  readonly confirm?: (values: V) => ReactNode;
  readonly buttonProps?: ButtonProps;
  /** The form takes a protected identity: its values and the body sent are let go of once sent or given up
   * (the form emptied, the mutation dropped from the cache), never kept for the next opening. */
  readonly sensitive?: boolean;
  /** The dialog's width, for a long form (Mantine's Modal size). */
  readonly size?: string;
  readonly children: (fields: UseFormReturn<V>) => ReactNode;
}

/**
 * A command's button and dialog: the form (checked by the pure form's rules, its problems said once each), an
 * optional confirmation step that restates what is about to be recorded, and the service's refusal by its code.
 */
export function CommandDialog<V extends FieldValues, B>({
  label,
  title,
  submit,
  form,
  target,
  onDone,
  onReload,
  confirm,
  buttonProps,
  sensitive = false,
  size,
  children,
}: CommandDialogProps<V, B>) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure();
  const fields = useForm<V>({
    defaultValues: emptyOf(form) as DefaultValues<V>,
    resolver: resolverOf(form),
  });
  const [confirming, setConfirming] = useState<V | null>(null);
  const command = useCommand<B>({
    ...target,
    sensitive,
    onDone: (result, body) => {
      fields.reset(emptyOf(form));
      setConfirming(null);
      close();
      if (sensitive) command.forget();
      onDone(result, body);
    },
  });
  const send = (values: V) => command.mutate(form.body(values, new Date()));
  const onValid = (values: V) => (confirm ? setConfirming(values) : send(values));
  const messages = messagesOf(fields.formState.errors);

  return (
    <>
      <Button variant="default" onClick={open} {...buttonProps}>
        {t(label)}
      </Button>
      <Modal
        opened={opened}
        onClose={() => {
          setConfirming(null);
          close();
          if (sensitive) {
            fields.reset(emptyOf(form));
            command.forget();
          }
        }}
        title={t(title)}
        size={size}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={(e) => void fields.handleSubmit(onValid)(e)} noValidate>
          <Stack>
            {confirming && confirm ? <div data-testid="confirmation">{confirm(confirming)}</div> : children(fields)}
            {messages.map((message) => (
              <Text key={message} c="red.9" size="sm" role="alert">
                {t(message)}
              </Text>
            ))}
            {command.error && (
              <Refusal
                error={command.error}
                onReload={() => {
                  command.reload();
                  setConfirming(null);
                  onReload();
                }}
              />
            )}
            <Group justify="flex-end">
              {confirming && (
                <Button variant="default" onClick={() => setConfirming(null)}>
                  {t('command.back')}
                </Button>
              )}
              {confirming ? (
                <Button loading={command.isPending} onClick={() => send(confirming)}>
                  {t('command.confirm')}
                </Button>
              ) : (
                <Button type="submit" loading={command.isPending}>
                  {t(submit)}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
