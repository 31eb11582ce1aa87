import { Badge } from '@mantine/core';
import type { CentreReadiness, ReadinessLevel } from '../api/types';
import type { MessageId } from '../i18n/messages';
import { CATALOGUES } from '../i18n/messages';
import { useT } from '../i18n/use-t';

// Each pair meets WCAG AA's 4.5:1 (axe's colour-contrast): yellow takes dark text, the others white.
const COLOURS: Readonly<Record<ReadinessLevel, { readonly bg: string; readonly text: string }>> = {
  ready: { bg: 'teal.9', text: 'white' },
  limited: { bg: 'yellow.9', text: 'black' },
  'not-ready': { bg: 'red.9', text: 'white' },
};

/** A readiness level: a colour and its word (never the colour alone). */
export function LevelBadge({ level }: { readonly level: ReadinessLevel }) {
  const t = useT();
  return (
    <Badge color={COLOURS[level].bg} c={COLOURS[level].text} variant="filled" data-level={level}>
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
