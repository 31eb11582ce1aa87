import { randomBytes } from 'node:crypto';
import { IdentityProtectionError, keyEncryptionKeyId } from '../identity';
import { missingKekProblems } from './kek-check';
import { Keyring } from './keyring';

const kek = randomBytes(32).toString('base64');
const previous = randomBytes(32).toString('base64');
const stranger = randomBytes(32).toString('base64');

describe('keyring', () => {
  it('holds the current KEK and, during a rotation, the previous one, each found by its id', () => {
    const keyring = new Keyring(kek, previous);
    expect(keyring.ids).toEqual([keyEncryptionKeyId(kek), keyEncryptionKeyId(previous)]);
    expect(keyring.kek(keyEncryptionKeyId(previous)).equals(Buffer.from(previous, 'base64'))).toBe(true);
    expect(() => keyring.kek(keyEncryptionKeyId(stranger))).toThrow(IdentityProtectionError);
    expect(new Keyring(kek, kek).previous).toBeNull();
    expect(new Keyring(kek).ids).toEqual([keyEncryptionKeyId(kek)]);
  });

  it('derives index keys only once unlocked, from the index key and not the KEK', () => {
    const keyring = new Keyring(kek);
    expect(() => keyring.derive('purpose')).toThrow(/locked/);
    keyring.unlockIndex(Buffer.alloc(32, 7));
    const other = new Keyring(previous);
    other.unlockIndex(Buffer.alloc(32, 7));
    expect(keyring.derive('purpose').equals(other.derive('purpose'))).toBe(true);
    expect(keyring.derive('purpose').equals(keyring.derive('another'))).toBe(false);
  });
});

describe('the start-up check of stored keys', () => {
  const keyring = new Keyring(kek, previous);

  it('accepts keys wrapped by the configured KEKs, and keys stored before KEK ids', () => {
    expect(
      missingKekProblems(
        [
          { kekId: keyEncryptionKeyId(kek), keys: 3 },
          { kekId: keyEncryptionKeyId(previous), keys: 2 },
          { kekId: null, keys: 4 },
        ],
        keyring,
      ),
    ).toEqual([]);
  });

  it('refuses keys wrapped by another KEK, naming ids and counts but no key', () => {
    const problems = missingKekProblems([{ kekId: keyEncryptionKeyId(stranger), keys: 5 }], new Keyring(kek));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`5 stored key(s) are wrapped by KEK ${keyEncryptionKeyId(stranger)}`);
    expect(problems[0]).toContain(`IDENTITY_KEK is KEK ${keyEncryptionKeyId(kek)}`);
    for (const secret of [kek, stranger]) expect(problems[0]).not.toContain(secret);
  });
});
