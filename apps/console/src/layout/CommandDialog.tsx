import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { Refusal } from './Refusal';

/**
 * A command's form in a modal: its fields, the service's refusal in the reader's language (a concurrency conflict
 * offering a reload), and its submit button, busy while the command is on its way.
 */
export function CommandDialog({
  title,
  submit,
  opened,
  onClose,
  onSubmit,
  pending,
  error,
  onReload,
  children,
}: {
  readonly title: string;
  readonly submit: string;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onSubmit: (e: FormEvent) => void;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onReload: () => void;
  readonly children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          {error ? <Refusal error={error} onReload={onReload} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={pending}>
              {submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
