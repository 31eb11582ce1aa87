import { randomBytes } from 'node:crypto';
import {
  IdentityProtectionError,
  MemberIdentity,
  SealedPayload,
  decryptIdentity,
  decryptText,
  encryptIdentity,
  encryptText,
  generateDataKey,
  isProtectedIdentityRef,
  keyEncryptionKeyId,
  isSealedPayload,
  memberIdentityProblems,
  parseKeyEncryptionKey,
  rewrapDataKey,
  unwrapDataKey,
} from './index';

const kek = randomBytes(32).toString('base64');
const otherKek = randomBytes(32).toString('base64');

const identity: MemberIdentity = {
  name: {
    arabic: { own: 'أحمد', father: 'عبد الله', grandfather: 'محمود', family: 'الحسين' },
    latin: { own: 'Ahmad', father: 'Abdullah', grandfather: 'Mahmoud', family: 'Al-Hussein' },
  },
  dateOfBirth: { kind: 'year', year: 1991 },
  nationalId: '03010123456',
  phone: '+963 944 000 000',
  homeArea: 'Saraqib, Idlib',
  emergencyContact: { name: 'فاطمة الحسين', relation: 'sister', phone: '+90 555 000 0000' },
  bloodType: 'O+',
};

function expectCode(fn: () => unknown, code: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(IdentityProtectionError);
  expect(thrown).toMatchObject({ code });
}

/** Flips one bit of a base64 field. */
function flip(b64: string, byte = 0): string {
  const buf = Buffer.from(b64, 'base64');
  buf[byte] = (buf[byte] as number) ^ 0x01;
  return buf.toString('base64');
}

describe('key-encryption key', () => {
  it('accepts 32 bytes of base64', () => {
    expect(parseKeyEncryptionKey(kek)).toHaveLength(32);
  });
  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['not base64', 'not a key!'],
    ['empty', ''],
  ])('refuses a key that is %s', (_why, value) => {
    expectCode(() => parseKeyEncryptionKey(value), 'INVALID_KEY_ENCRYPTION_KEY');
    expectCode(() => generateDataKey(value), 'INVALID_KEY_ENCRYPTION_KEY');
  });
});

describe('data keys', () => {
  it('generates a 32-byte data key and unwraps it again with the same KEK (as base64 or bytes)', () => {
    const generated = generateDataKey(kek, 'key-1');
    expect(generated.keyId).toBe('key-1');
    expect(generated.dataKey).toHaveLength(32);
    expect(isSealedPayload(generated.wrappedKey.wrapped)).toBe(true);
    expect(unwrapDataKey(generated.wrappedKey, kek).equals(generated.dataKey)).toBe(true);
    expect(unwrapDataKey(generated.wrappedKey, parseKeyEncryptionKey(kek)).equals(generated.dataKey)).toBe(true);
  });
  it('gives each member a different key id and key', () => {
    const a = generateDataKey(kek);
    const b = generateDataKey(kek);
    expect(a.keyId).not.toBe(b.keyId);
    expect(a.dataKey.equals(b.dataKey)).toBe(false);
  });
  it('refuses to unwrap with the wrong KEK', () => {
    expectCode(() => unwrapDataKey(generateDataKey(kek).wrappedKey, otherKek), 'DATA_KEY_UNWRAP_FAILED');
  });
  it('refuses a tampered wrapped key, or a wrapped key moved under another key id', () => {
    const { wrappedKey } = generateDataKey(kek, 'key-1');
    expectCode(
      () =>
        unwrapDataKey(
          { ...wrappedKey, wrapped: { ...wrappedKey.wrapped, ciphertext: flip(wrappedKey.wrapped.ciphertext) } },
          kek,
        ),
      'DATA_KEY_UNWRAP_FAILED',
    );
    expectCode(
      () =>
        unwrapDataKey({ ...wrappedKey, wrapped: { ...wrappedKey.wrapped, tag: flip(wrappedKey.wrapped.tag) } }, kek),
      'DATA_KEY_UNWRAP_FAILED',
    );
    expectCode(() => unwrapDataKey({ ...wrappedKey, keyId: 'key-2' }, kek), 'DATA_KEY_UNWRAP_FAILED');
  });
});

describe('KEK versions', () => {
  it('names a KEK by an id of its own, the same for its base64 and its bytes, different for another KEK', () => {
    const id = keyEncryptionKeyId(kek);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(keyEncryptionKeyId(parseKeyEncryptionKey(kek))).toBe(id);
    expect(keyEncryptionKeyId(otherKek)).not.toBe(id);
    expect(kek).not.toContain(id);
  });

  it('rewraps a data key under another KEK: the same key, under the same key id, no longer opened by the old KEK', () => {
    const { keyId, dataKey, wrappedKey } = generateDataKey(kek);
    const rewrapped = rewrapDataKey(wrappedKey, kek, otherKek);
    expect(rewrapped.keyId).toBe(keyId);
    expect(unwrapDataKey(rewrapped, otherKek).equals(dataKey)).toBe(true);
    expectCode(() => unwrapDataKey(rewrapped, kek), 'DATA_KEY_UNWRAP_FAILED');
  });

  it('refuses to rewrap with a KEK that does not open the key', () => {
    const { wrappedKey } = generateDataKey(kek);
    expectCode(() => rewrapDataKey(wrappedKey, otherKek, kek), 'DATA_KEY_UNWRAP_FAILED');
  });
});

describe('sealed identities', () => {
  const { keyId, dataKey } = generateDataKey(kek, 'key-7f3a');

  it('round-trips an identity, and the sealed form reveals nothing of it', () => {
    const ref = encryptIdentity(identity, dataKey, keyId);
    expect(isProtectedIdentityRef(ref)).toBe(true);
    expect(Buffer.from(ref.sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(ref.sealed.tag, 'base64')).toHaveLength(16);
    const stored = JSON.stringify(ref);
    for (const secret of ['أحمد', 'Ahmad', '03010123456', 'Saraqib']) expect(stored).not.toContain(secret);
    // Not the short ones ('O+', '944'): two or three given bytes turn up by chance in about one random ciphertext of
    // this size in a hundred (or thousands); five and more, practically never.
    const bytes = Buffer.from(ref.sealed.ciphertext, 'base64');
    for (const secret of ['أحمد', 'Ahmad', '03010123456', 'Saraqib'])
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
    expect(decryptIdentity(ref, dataKey)).toEqual(identity);
  });

  it('uses a fresh IV every time', () => {
    const a = encryptIdentity(identity, dataKey, keyId);
    const b = encryptIdentity(identity, dataKey, keyId);
    expect(a.sealed.iv).not.toBe(b.sealed.iv);
    expect(a.sealed.ciphertext).not.toBe(b.sealed.ciphertext);
  });

  it('round-trips through an unwrapped key: the full envelope', () => {
    const generated = generateDataKey(kek);
    const ref = encryptIdentity(identity, generated.dataKey, generated.keyId);
    const reopened = unwrapDataKey(
      JSON.parse(JSON.stringify(generated.wrappedKey)) as typeof generated.wrappedKey,
      kek,
    );
    expect(decryptIdentity(ref, reopened)).toEqual(identity);
  });

  it('refuses the wrong data key', () => {
    const ref = encryptIdentity(identity, dataKey, keyId);
    expectCode(() => decryptIdentity(ref, generateDataKey(kek).dataKey), 'IDENTITY_DECRYPTION_FAILED');
  });

  it.each(['ciphertext', 'tag', 'iv'] as const)('refuses a tampered %s', (field) => {
    const ref = encryptIdentity(identity, dataKey, keyId);
    const tampered: SealedPayload = { ...ref.sealed, [field]: flip(ref.sealed[field], 3) };
    expectCode(() => decryptIdentity({ keyId, sealed: tampered }, dataKey), 'IDENTITY_DECRYPTION_FAILED');
  });

  it("refuses another member's ciphertext presented under this key id", () => {
    const ref = encryptIdentity(identity, dataKey, keyId);
    expectCode(
      () => decryptIdentity({ keyId: 'key-other', sealed: ref.sealed }, dataKey),
      'IDENTITY_DECRYPTION_FAILED',
    );
  });

  it('refuses a malformed payload and a data key of the wrong size', () => {
    expectCode(
      () =>
        decryptIdentity({ keyId, sealed: { v: 1, alg: 'AES-256-GCM', iv: 'x', tag: 'y', ciphertext: 'z' } }, dataKey),
      'MALFORMED_SEALED_PAYLOAD',
    );
    expectCode(() => encryptIdentity(identity, randomBytes(16), keyId), 'INVALID_DATA_KEY');
  });

  it('refuses to open something that is not an identity (the vault refuses to seal one)', () => {
    const notAnIdentity = { hello: 'world' } as unknown as MemberIdentity;
    expectCode(() => decryptIdentity(encryptIdentity(notAnIdentity, dataKey, keyId), dataKey), 'INVALID_IDENTITY');
  });
});

describe('sealed free text', () => {
  const keyId = 'key-text';
  const dataKey = randomBytes(32);

  it('round-trips text about a member, and neither text nor identity opens as the other', () => {
    const ref = encryptText('Injured by a falling wall', dataKey, keyId);
    expect(isProtectedIdentityRef(ref)).toBe(true);
    expect(JSON.stringify(ref)).not.toContain('wall');
    expect(decryptText(ref, dataKey)).toBe('Injured by a falling wall');
    expectCode(() => decryptIdentity(ref, dataKey), 'IDENTITY_DECRYPTION_FAILED');
    expectCode(() => decryptText(encryptIdentity(identity, dataKey, keyId), dataKey), 'IDENTITY_DECRYPTION_FAILED');
    expectCode(() => decryptText(ref, randomBytes(32)), 'IDENTITY_DECRYPTION_FAILED');
  });
});

describe('identity value', () => {
  it('accepts a minimal identity with only a Latin own name and a date of birth', () => {
    expect(
      memberIdentityProblems({
        name: { arabic: null, latin: { own: 'Yusuf', father: null, grandfather: null, family: null } },
        dateOfBirth: { kind: 'date', date: '1990-05-17' },
        nationalId: null,
        phone: null,
        homeArea: null,
        emergencyContact: null,
        bloodType: null,
      }),
    ).toEqual([]);
  });
  it('refuses a date of birth that is not a real date', () => {
    const withBirth = (date: string): unknown => ({
      name: { arabic: null, latin: { own: 'Yusuf', father: null, grandfather: null, family: null } },
      dateOfBirth: { kind: 'date', date },
      nationalId: null,
      phone: null,
      homeArea: null,
      emergencyContact: null,
      bloodType: null,
    });
    expect(memberIdentityProblems(withBirth('2020-02-30'))).toEqual([
      'dateOfBirth must be { kind: "date", date: YYYY-MM-DD }, { kind: "year", year } or null',
    ]);
    expect(memberIdentityProblems(withBirth('2020-02-29'))).toEqual([]);
  });
  it('names each problem', () => {
    expect(
      memberIdentityProblems({
        name: { arabic: { own: '', father: 3 }, latin: null },
        dateOfBirth: { kind: 'year', year: 91 },
        nationalId: 12,
        phone: null,
        homeArea: null,
        emergencyContact: { name: 'x' },
        bloodType: 'AB',
      }),
    ).toEqual([
      'name.arabic.own is required',
      'name.arabic.father must be text or null',
      'name.arabic.grandfather must be text or null',
      'name.arabic.family must be text or null',
      'dateOfBirth must be { kind: "date", date: YYYY-MM-DD }, { kind: "year", year } or null',
      'nationalId must be text or null',
      'emergencyContact must have a name, relation and phone, or be null',
      'bloodType is not a blood type',
    ]);
    expect(memberIdentityProblems('Ahmad')).toEqual(['identity must be an object']);
  });
});
