import { createPublicKey } from 'node:crypto';
import { WITNESS_NAME } from '@muster/contracts';
import { privateKeyFromBase64, publicKeyEntry } from '@muster/log-proofs';
import { developmentSecrets, developmentTrustedKeys } from '../dev-secrets';

// npm run -s log-keys > keys.json: the public keys of the development logs and witness, as `verify-log --keys` takes
// them (docs/audit.md). Public halves only; the private keys stay in .muster/secrets.json.
const services = JSON.parse(developmentTrustedKeys()) as { keys: unknown[] };
const witness = publicKeyEntry(
  WITNESS_NAME,
  createPublicKey(privateKeyFromBase64(developmentSecrets().WITNESS_SIGNING_KEY)),
);
process.stdout.write(`${JSON.stringify({ keys: [...services.keys, witness] }, null, 2)}\n`);
