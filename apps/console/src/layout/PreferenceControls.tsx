import { Group, SegmentedControl } from '@mantine/core';
import { useT } from '../i18n/use-t';
import type { Preferences } from '../session';

/** The language switch and the digits preference, on the sign-in page and in the header alike. */
export function PreferenceControls({
  preferences,
  onPreferences,
}: {
  readonly preferences: Preferences;
  readonly onPreferences: (next: Preferences) => void;
}) {
  const t = useT();
  return (
    <Group gap="xs">
      <SegmentedControl
        aria-label={t('header.language')}
        size="xs"
        value={preferences.language}
        onChange={(language) => onPreferences({ ...preferences, language: language === 'en' ? 'en' : 'ar' })}
        data={[
          // Each language's name in itself, marked with its own language for screen readers.
          { value: 'ar', label: <span lang="ar">{t('lang.ar')}</span> },
          { value: 'en', label: <span lang="en">{t('lang.en')}</span> },
        ]}
      />
      <SegmentedControl
        aria-label={t('header.digits')}
        size="xs"
        value={preferences.digits}
        onChange={(digits) => onPreferences({ ...preferences, digits: digits === 'arab' ? 'arab' : 'latn' })}
        data={[
          { value: 'latn', label: t('digits.latn') },
          { value: 'arab', label: t('digits.arab') },
        ]}
      />
    </Group>
  );
}
