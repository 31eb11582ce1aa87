import { useEffect, useRef } from 'react';
import { ProviderGrant, Session, storedGrant } from '../session';

// The OpenID Connect client is loaded only when a provider's session needs it, not with the first screen.
const oidc = () => import('./oidc');

/** How long before expiry to renew: a minute, or a quarter of what is left when that is less. */
export function renewalDelayMs(expiresAt: number, now: number): number {
  const left = expiresAt - now;
  return Math.max(0, left - Math.min(60_000, left / 4));
}

/**
 * Renews a provider's access token before it expires, for as long as the tab is open: the renewed token replaces the
 * old (`onRenewed`); a refusal (the provider's session ended, the refresh token revoked) ends the console's session
 * (`onFailed`). Development tokens and providers that issue no refresh token are left to expire.
 */
export function useRenewal(
  session: Session | null,
  onRenewed: (token: string, grant: ProviderGrant) => void,
  onFailed: () => void,
): void {
  const handlers = useRef({ onRenewed, onFailed });
  handlers.current = { onRenewed, onFailed };
  useEffect(() => {
    const grant = storedGrant();
    const { refreshToken } = grant;
    if (!session?.expiresAt || !refreshToken) return undefined;
    const timer = setTimeout(
      () => {
        void (async () => {
          const { signInConfig, renewTokens } = await oidc();
          const config = await signInConfig();
          if (!config) throw new Error('the gateway names no identity provider');
          const renewed = await renewTokens(config, refreshToken);
          // A provider that does not rotate refresh tokens answers without one: the old one stays good.
          handlers.current.onRenewed(renewed.accessToken, {
            refreshToken: renewed.refreshToken ?? refreshToken,
            ...((renewed.idToken ?? grant.idToken) ? { idToken: renewed.idToken ?? grant.idToken } : {}),
          });
        })().catch(() => handlers.current.onFailed());
      },
      renewalDelayMs(session.expiresAt, Date.now()),
    );
    return () => clearTimeout(timer);
  }, [session]);
}

/**
 * Ends the provider's session too, where it gave an ID token and has an end-session endpoint: the browser goes to the
 * provider, which sends it back to the console's sign-in page.
 */
export async function endProviderSession(idToken: string): Promise<void> {
  const { signInConfig, endSessionUrl } = await oidc();
  const config = await signInConfig();
  const url = config ? await endSessionUrl(config, idToken) : null;
  if (url) window.location.assign(url);
}
