import { ChildProcess, spawn } from 'node:child_process';
import { SERVICES, ServiceName } from '@muster/contracts';
import { freePort, REPO_ROOT, RunningConsole, startConsoleGateway } from '@muster/infra';
import { waitFor } from '@muster/testing';
import { RunningService } from '../muster';
import { ConsoleEnv } from './env';

const AUDIENCE = 'https://muster.example.org/api';
/** Seconds: the console renews its token before then, so the spec sees a renewal within a test. */
const ACCESS_TOKEN_TTL = 12;
const ACCOUNTS = {
  'amal.hr': { name: 'Amal Haddad', roles: ['hr'], centres: [] },
};

/**
 * Production sign-in: the organisation's OpenID Connect provider (a real one, in a process of its own), the console
 * signing a user in with it (authorization code + PKCE), and a service that accepts only that provider's tokens
 * (JWT_JWKS_URL, issuer and audience checked; no development secret) answering the console with them.
 */
export function signInFlows(env: () => ConsoleEnv): void {
  describe('signing in with the organisation’s identity provider', () => {
    let provider: ChildProcess | undefined;
    let personnel: RunningService | undefined;
    let gateway: RunningConsole | undefined;
    let issuer = '';

    beforeAll(async () => {
      const [gatewayPort, providerPort] = [await freePort(), await freePort()];
      issuer = `http://127.0.0.1:${providerPort}`;
      provider = spawn(process.execPath, ['-r', './infra/register.js', 'e2e/src/console/identity-provider.ts'], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          IDP_PORT: String(providerPort),
          IDP_REDIRECT_URI: `http://127.0.0.1:${gatewayPort}/`,
          IDP_AUDIENCE: AUDIENCE,
          IDP_ACCOUNTS: JSON.stringify(ACCOUNTS),
          IDP_ACCESS_TOKEN_TTL: String(ACCESS_TOKEN_TTL),
        },
        stdio: 'ignore',
      });
      await waitFor(
        () =>
          fetch(`${issuer}/.well-known/openid-configuration`).then(
            (r) => r.ok,
            () => false,
          ),
        30_000,
        'the identity provider to answer',
      );
      personnel = await RunningService.start('personnel', env().brokers, {
        JWT_JWKS_URL: `${issuer}/jwks`,
        JWT_ISSUER: issuer,
        JWT_AUDIENCE: AUDIENCE,
      });
      // Only personnel takes the provider's tokens here. The other services are not reachable through this gateway:
      // the spec's take development tokens only, and a 401 from one of them would sign the user out.
      const nowhere = `http://127.0.0.1:${await freePort()}`;
      const upstreams = Object.fromEntries(
        SERVICES.map((s) => [s, s === 'personnel' ? personnel?.baseUrl : nowhere]),
      ) as Record<ServiceName, string>;
      gateway = await startConsoleGateway({
        port: gatewayPort,
        upstreams,
        signIn: { issuer, clientId: 'muster-console', scope: 'openid profile api', resource: AUDIENCE },
      });
    }, 120_000);

    afterAll(async () => {
      await gateway?.stop();
      await personnel?.stop();
      provider?.kill();
    });

    it.each(['ar', 'en'] as const)(
      'in %s: signs in at the provider and back, the service takes its token, renewed before it expires; signing out ends the provider’s session too',
      async (language) => {
        const { blank, expectAccessible } = env();
        const page = await blank(language);
        const consoleUrl = (gateway as RunningConsole).url;
        await page.goto(`${consoleUrl}/`);
        const signIn = page.getByRole('button', {
          name: language === 'ar' ? 'الدخول بحساب المنظّمة' : 'Sign in with your organisation account',
        });
        await signIn.waitFor();
        await expectAccessible(page);
        await signIn.click();

        // The provider's own sign-in page, on its own origin.
        const login = page.locator('input[name=login]');
        await login.waitFor();
        expect(new URL(page.url()).port).not.toBe(new URL(consoleUrl).port);
        await login.fill('amal.hr');
        await page.locator('input[name=password]').fill('any password: the provider’s development login');
        const roster = page.waitForResponse((r) => r.url().includes('/api/personnel/members'));
        await page.locator('button[type=submit]').click();

        // Back in the console, signed in as the provider says, the code and state gone from the address bar.
        await page.locator('[data-testid=navigation]').waitFor();
        const first = await roster;
        expect(first.status()).toBe(200);
        expect(await page.getByText('Amal Haddad').count()).toBeGreaterThan(0);
        expect(new URL(page.url()).search).toBe('');
        await expectAccessible(page);

        // The token is renewed with the refresh token before it expires; once the first has expired, the service
        // takes the renewed one.
        const firstToken = (await first.request().headerValue('authorization')) as string;
        const expiresAt =
          JSON.parse(Buffer.from(firstToken.split('.')[1] as string, 'base64url').toString()).exp * 1000;
        const renewal = await page.waitForResponse(
          (r) => r.url().startsWith(issuer) && r.request().postData()?.includes('grant_type=refresh_token') === true,
          { timeout: ACCESS_TOKEN_TTL * 1000 },
        );
        expect(renewal.status()).toBe(200);
        await page.waitForTimeout(Math.max(0, expiresAt - Date.now() + 1_000));
        const later = page.waitForResponse((r) => r.url().includes('/api/personnel/members'));
        await page.goto(`${consoleUrl}/#/applicants`);
        const after = await later;
        expect(after.status()).toBe(200);
        expect(await after.request().headerValue('authorization')).not.toBe(firstToken);
        await page.locator('[data-testid=navigation]').waitFor();

        // Signing out ends the provider's session as well: the user confirms at the provider, comes back to the
        // console's sign-in page, and signing in again asks for the password — the next person at this computer
        // is not signed in as Amal.
        await page.getByRole('button', { name: language === 'ar' ? 'تسجيل الخروج' : 'Sign out' }).click();
        await page.getByRole('button', { name: 'Yes, sign me out' }).click();
        await signIn.waitFor();
        expect(new URL(page.url()).origin).toBe(new URL(consoleUrl).origin);
        await signIn.click();
        await login.waitFor();
        await page.context().close();
      },
    );

    it('refuses an answer this tab did not ask for (a forged link), saying so, and offers to sign in', async () => {
      const { blank, expectAccessible } = env();
      const page = await blank('en');
      const roster = page.waitForResponse((r) => r.url().includes('/api/personnel/'), { timeout: 5_000 });
      await page.goto(`${(gateway as RunningConsole).url}/?code=stolen-or-made-up&state=forged`);
      const refusal = page.locator('[role=alert][data-code=SIGN_IN_FAILED]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('Signing in did not succeed');
      expect(new URL(page.url()).search).toBe('');
      await page.getByRole('button', { name: 'Sign in with your organisation account' }).waitFor();
      await expectAccessible(page);
      await expect(roster).rejects.toThrow();
      await page.context().close();
    });
  });
}
