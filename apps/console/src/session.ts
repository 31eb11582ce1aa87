import type { Digits, Language } from './i18n/messages';

export type Role = 'hr' | 'logistics' | 'training' | 'commander' | 'auditor' | 'admin';

/** Who is signed in, as their token says (the services check the token; the console only shapes its screens). */
export interface Session {
  readonly token: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly centres: readonly string[];
  /** When the token expires (ms since the epoch), if it says. */
  readonly expiresAt: number | null;
}

/** What the organisation's provider gave beside the access token: to renew it, and to end the provider's session. */
export interface ProviderGrant {
  readonly refreshToken?: string;
  readonly idToken?: string;
}

/** The claims of a JWT's payload (base64url JSON), without verifying it: the services verify every call. */
export function sessionOf(token: string): Session {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  const claims = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Session> & { sub?: string; exp?: number };
  return {
    token,
    name: claims.name ?? claims.sub ?? '',
    roles: claims.roles ?? [],
    centres: claims.centres ?? [],
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : null,
  };
}

// The tokens live for the tab only (sessionStorage): closing it signs out; language and digits are kept.
const TOKEN_KEY = 'muster.token';
const GRANT_KEY = 'muster.provider-grant';
const PREFERENCES_KEY = 'muster.preferences';

export function storedSession(): Session | null {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return null;
  try {
    return sessionOf(token);
  } catch {
    sessionStorage.removeItem(TOKEN_KEY);
    return null;
  }
}

export function storeToken(token: string | null, grant: ProviderGrant = {}): void {
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(GRANT_KEY, JSON.stringify(grant));
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(GRANT_KEY);
  }
}

export function storedGrant(): ProviderGrant {
  try {
    return JSON.parse(sessionStorage.getItem(GRANT_KEY) ?? '{}') as ProviderGrant;
  } catch {
    return {};
  }
}

export interface Preferences {
  readonly language: Language;
  readonly digits: Digits;
}

/** Arabic first: most of the organisation reads it first. Arabic-Indic digits are a choice, Latin the default. */
export function storedPreferences(): Preferences {
  try {
    const stored = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}') as Partial<Preferences>;
    return {
      language: stored.language === 'en' ? 'en' : 'ar',
      digits: stored.digits === 'arab' ? 'arab' : 'latn',
    };
  } catch {
    return { language: 'ar', digits: 'latn' };
  }
}

export function storePreferences(preferences: Preferences): void {
  localStorage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
}
