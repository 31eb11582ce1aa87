import { Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import { centreName } from '../format';
import type { CentreSummary } from '../api/types';

const PERSONAS = ['hr', 'logistics', 'training', 'auditor', 'admin'] as const;

async function mint(persona: string, centreId?: string): Promise<string> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ persona, ...(centreId ? { centreId } : {}) }),
  });
  if (!response.ok) throw new Error(`POST /dev/token: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/**
 * Development sign-in: a button per kind of user, minting a development token through the gateway's dev-only
 * endpoint; a commander is the commander of the centre chosen (the gateway lists the centres for the choice).
 */
export default function DevLogin({ onToken }: { readonly onToken: (token: string) => void }) {
  const t = useT();
  const intl = useIntl();
  const [centres, setCentres] = useState<readonly CentreSummary[]>([]);
  const [centreId, setCentreId] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    void fetch('/dev/centres')
      .then((r) => (r.ok ? (r.json() as Promise<CentreSummary[]>) : []))
      .then((list) => {
        setCentres(list);
        setCentreId(list[0]?.centreId ?? '');
      })
      .catch(() => setCentres([]));
  }, []);
  const signIn = (persona: string, centre?: string) =>
    void mint(persona, centre)
      .then(onToken)
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));

  return (
    <Stack>
      <Text>{t('login.devIntro')}</Text>
      <SimpleGrid cols={2}>
        {PERSONAS.map((persona) => (
          <Button key={persona} variant="light" onClick={() => signIn(persona)} data-persona={persona}>
            {t(`login.persona.${persona}`)}
          </Button>
        ))}
      </SimpleGrid>
      <Group align="end">
        <NativeSelect
          label={t('login.commander')}
          value={centreId}
          onChange={(e) => setCentreId(e.currentTarget.value)}
          data={centres.map((c) => ({ value: c.centreId, label: `${c.code} · ${centreName(c, intl.locale)}` }))}
          style={{ flex: 1 }}
          data-testid="commander-centre"
        />
        <Button onClick={() => signIn('commander', centreId)} disabled={!centreId} data-persona="commander">
          {t('login.commanderSignIn')}
        </Button>
      </Group>
      {failure && (
        <Text c="red.9" role="alert">
          {failure}
        </Text>
      )}
    </Stack>
  );
}
