import { Role, ServiceName } from '@muster/contracts';

/** The Authorization header (`Bearer …`) of a caller with these roles (and centres, for a commander). */
export type Signer = (roles: readonly Role[], centres?: readonly string[]) => Promise<string>;

export class DemoRefused extends Error {}

/** Who acts: an organisation-wide role, or the commander of one centre. */
export type Actor = readonly Role[] | { readonly commander: string };

// Answers that mean "not yet": another service's event has not arrived (a member, a centre just registered), a
// reaction has not run. Worth waiting for.
const NOT_YET = new Set(['MEMBER_NOT_KNOWN', 'MEMBER_NOT_FOUND', 'UNKNOWN_CENTRE', 'RATE_LIMITED']);

/**
 * The services' public APIs as the demo drives them: every write carries an Idempotency-Key made from what it is,
 * so loading twice records nothing twice (a repeated create answers the same id, a repeated command its first result).
 */
export class DemoApi {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    private readonly urls: Readonly<Record<ServiceName, string>>,
    private readonly sign: Signer,
  ) {}

  token(roles: readonly Role[], centres: readonly string[] = []): Promise<string> {
    const key = `${roles.join(',')}|${centres.join(',')}`;
    let token = this.tokens.get(key);
    if (!token) this.tokens.set(key, (token = this.sign(roles, centres)));
    return token;
  }

  async write(
    service: ServiceName,
    path: string,
    as: Actor,
    key: string,
    body: object,
  ): Promise<Record<string, unknown>> {
    const token = 'commander' in as ? await this.token(['commander'], [as.commander]) : await this.token(as);
    const deadline = Date.now() + 90_000;
    for (let wait = 200; ; wait = Math.min(wait * 2, 2_000)) {
      const res = await fetch(`${this.urls[service]}${path}`, {
        method: 'POST',
        headers: { Authorization: token, 'Content-Type': 'application/json', 'Idempotency-Key': `demo:${key}` },
        body: JSON.stringify(body),
      });
      const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (res.ok) return answer;
      if (!NOT_YET.has(String(answer['code'])) || Date.now() > deadline) {
        throw new DemoRefused(`${service} POST ${path}: ${res.status} ${JSON.stringify(answer)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  async read(service: ServiceName, path: string, roles: readonly Role[] = ['admin']): Promise<Record<string, unknown>> {
    const res = await fetch(`${this.urls[service]}${path}`, { headers: { Authorization: await this.token(roles) } });
    if (!res.ok) throw new DemoRefused(`${service} GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  }

  /** Polls until the check holds: what another service does after an event takes a moment. */
  async until(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new DemoRefused(`waited ${timeoutMs / 1000} s for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
