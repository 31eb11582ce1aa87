import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  LogVerifier,
  checkpointText,
  contentHash,
  inclusionProofRanges,
  leafHash,
  merkleRoot,
  parseCheckpoints,
  parseLogLine,
  parsePublicKeys,
  privateKeyFromBase64,
  signCheckpoint,
} from './index';

// The worked example of docs/audit.md, read from the page itself: the page and the code cannot drift apart.
const page = readFileSync(resolve(__dirname, '../../../docs/audit.md'), 'utf8').split('\n');
const entries = page.filter((line) => line.startsWith('{"log":"muster/personnel","logIndex"')).map(parseLogLine);
const checkpoints = parseCheckpoints(
  page.filter((line) => line.startsWith('{"log":"muster/personnel","size"')).join('\n'),
);
const SEED_PKCS8 = 'MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g';
const keys = parsePublicKeys(
  JSON.stringify({
    keys: [
      {
        name: 'muster/personnel',
        keyId: '21fe31dfa154a261',
        publicKey: '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=',
      },
    ],
  }),
);

describe('the worked example of docs/audit.md', () => {
  it('has the hashes, root and proofs the page states', () => {
    expect(entries).toHaveLength(3);
    expect(entries.map(contentHash)).toEqual([
      'e4fe2b61dcddb89932a8ae0de70b1c99c0c406ec781451d90ddc8efdf4f7b9c4',
      '528f7ad1b8009fa38b82a4cf2dfac09d833642cd36e884ce373b57f9f5c70329',
      'bf0966545bc7ef266f15e0372a63ed8094f353b7002b1707c39dc61e5034b4e1',
    ]);
    const leaves = entries.map((e) => leafHash(e.hash));
    expect(leaves.map((l) => l.toString('hex'))).toEqual([
      '54bf73b77a135d590ba7f64d78c98cb4279c4ca70ba7a736995a08da22f5e672',
      '5a48b444f7cc8b6dd427b08e793d76e3ce4b26bc1ac10da6126f6a04409f2e18',
      '80642a23f560c89898e1e7b52c4bb580e550a129829f938bce46b02b6a28a04b',
    ]);
    expect(merkleRoot(leaves.slice(0, 2)).toString('hex')).toBe(
      '703e5fa4c42f8ea39aa7bfc654845edc445000a4fd642666105989dfbb83d90b',
    );
    expect(merkleRoot(leaves).toString('hex')).toBe('6151de07fdf6781b0669541003c1e0a59d65d2dc5fc4e78fd927ba6f45c68d64');
    expect(inclusionProofRanges(2, 3)).toEqual([[0, 2]]);
  });

  it('has the signed text, key and signature the page states, and verifies clean', () => {
    const [checkpoint] = checkpoints;
    if (!checkpoint) throw new Error('the page has no checkpoint line');
    expect(Buffer.byteLength(checkpointText(checkpoint))).toBe(130);
    expect(signCheckpoint(checkpoint, privateKeyFromBase64(SEED_PKCS8))).toEqual(checkpoint);
    const verifier = new LogVerifier({ keys, checkpoints });
    for (const entry of entries) verifier.add(entry);
    expect(verifier.finish()).toMatchObject({ ok: true, entries: 3, streams: 2, checkpoints: 1, findings: [] });
  });
});
