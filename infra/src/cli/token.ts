import { parseArgs } from 'node:util';
import { isRole, ROLES, signDevelopmentToken } from '@muster/auth';
import { developmentSecrets } from '../dev-secrets';

// npm run token -- --role hr [--role auditor] [--centre <id>] [--name "Huda"] [--sub <id>] [--expires 8h]
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      centre: { type: 'string', multiple: true },
      name: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const roles = (values.role ?? []).flatMap((r) => r.split(','));
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || unknown.length > 0) {
    process.stderr.write(
      `Give at least one --role from: ${ROLES.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}\n`,
    );
    process.exit(2);
  }
  const name = values.name ?? `Development ${roles.join('/')}`;
  const token = await signDevelopmentToken(developmentSecrets().JWT_SECRET, {
    sub: values.sub ?? `dev-${roles.join('-')}`,
    name,
    roles: roles.filter(isRole),
    centres: (values.centre ?? []).flatMap((c) => c.split(',')),
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

void main();
