import { Alert, Button } from '@mantine/core';
import { ApiError } from '../api/client';
import type { MessageId } from '../i18n/messages';
import { knownId } from '../i18n/messages';
import { useT } from '../i18n/use-t';

/** The message id for a refusal's stable code, when the catalogues word it. */
export function refusalMessageId(code: string): MessageId | null {
  return knownId(`error.${code}`);
}

/**
 * A service's refusal in the reader's language: its stable code's translated text, or (for a code not yet worded)
 * the service's own message. A concurrency conflict offers to read the record again.
 */
export function Refusal({ error, onReload }: { readonly error: unknown; readonly onReload?: () => void }) {
  const t = useT();
  const refusal = error instanceof ApiError ? error : new ApiError(0, 'NETWORK', String(error));
  const id = refusalMessageId(refusal.code);
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert" data-code={refusal.code}>
      {id ? t(id) : t('error.unknown', { message: refusal.message })}
      {refusal.code === 'CONCURRENCY_CONFLICT' && onReload && (
        <Button size="xs" mt="sm" display="block" onClick={onReload}>
          {t('common.reload')}
        </Button>
      )}
    </Alert>
  );
}
