import { Badge } from '@mantine/core';
import type { CentreReadiness, ReadinessLevel } from '../api/types';
import type { MessageId } from '../i18n/messages';
import { CATALOGUES } from '../i18n/messages';
import { useT } from '../i18n/use-t';

const COLOURS: Readonly<Record<ReadinessLevel, string>> = {
  ready: 'green.9',
  limited: 'yellow.9',
  'not-ready': 'red.9',
};

/** A readiness level: a colour and its word (never the colour alone). */
export function LevelBadge({ level }: { readonly level: ReadinessLevel }) {
  const t = useT();
  return (
    <Badge color={COLOURS[level]} variant="filled" data-level={level}>
      {t(`level.${level}`)}
    </Badge>
  );
}

/** A reason's words in the reader's language by its stable code (a code not yet worded names itself). */
export function useReasonText(): (reason: CentreReadiness['reasons'][number]) => string {
  const t = useT();
  return (reason) => {
    const id = `reason.${reason.code}`;
    return id in CATALOGUES.en ? t(id as MessageId) : t('reason.unknown', { code: reason.code });
  };
}
