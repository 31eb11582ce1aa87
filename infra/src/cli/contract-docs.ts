import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { INTEGRATION_EVENTS } from '@muster/contracts';
import { CONTRACT_DOCS, contractDocs, Formatter } from '../contract-docs';
import { REPO_ROOT } from '../infrastructure';

// npm run docs:contracts — rewrites docs/asyncapi.yaml and the generated section of docs/events.md from the
// integration event contracts in @muster/contracts (infra/src/contract-docs.spec.ts fails while they are stale).

/** Prettier's API with the configuration `prettier --check .` resolves for the file, so lint accepts the output. */
const prettier: Formatter = async (text, path) => {
  const filepath = join(REPO_ROOT, path);
  const options = await resolveConfig(filepath, { editorconfig: true });
  return format(text, { ...options, filepath });
};

async function main(): Promise<void> {
  const eventsMd = readFileSync(join(REPO_ROOT, CONTRACT_DOCS.events), 'utf8');
  const docs = await contractDocs(INTEGRATION_EVENTS, eventsMd, prettier);
  const outputs: Array<[string, string]> = [
    [CONTRACT_DOCS.asyncapi, docs.asyncapi],
    [CONTRACT_DOCS.events, docs.eventsMd],
  ];
  for (const [path, text] of outputs) {
    const file = join(REPO_ROOT, path);
    const changed = readFileSync(file, 'utf8') !== text;
    if (changed) writeFileSync(file, text);
    process.stdout.write(`${path}: ${changed ? 'updated' : 'up to date'}\n`);
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
