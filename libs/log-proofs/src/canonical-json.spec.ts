import { canonicalJson, chainHash, contentHash } from './index';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text for the same value whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  it('follows JSON.stringify for undefined, dates, non-finite numbers and escapes', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, () => 1], c: new Date('2026-01-02T03:04:05.006Z') })).toBe(
      '{"b":[null,null],"c":"2026-01-02T03:04:05.006Z"}',
    );
    expect(canonicalJson([NaN, Infinity, -0, 1e21, 'é"\n'])).toBe('[null,null,0,1e+21,"é\\"\\n"]');
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ big: BigInt(1) })).toThrow(TypeError);
  });

  it('sorts keys by UTF-16 code units, integer-like keys included', () => {
    expect(canonicalJson({ b: 1, 10: 2, 2: 3, B: 4, é: 5, '': 6 })).toBe('{"":6,"10":2,"2":3,"B":4,"b":1,"é":5}');
  });

  it('matches JSON.stringify of the same value with its keys sorted, for random JSON', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const text = (): string =>
      ['a', 'Zé', 'quote"', 'back\\slash', 'line\n', '\u2028', '😀', 'key'][Math.floor(next() * 8)] as string;
    const value = (depth: number): unknown => {
      const kind = Math.floor(next() * (depth > 3 ? 4 : 6));
      if (kind === 0) return text();
      if (kind === 1) return [0, -0, 1.5, -2e-7, 1e21, 123456789012345680000][Math.floor(next() * 6)];
      if (kind === 2) return next() < 0.5;
      if (kind === 3) return null;
      if (kind === 4) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [`k${text()}`, value(depth + 1)]));
    };
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : v;
    for (let i = 0; i < 500; i++) {
      const v = value(0);
      expect(canonicalJson(v)).toBe(JSON.stringify(sorted(v)));
    }
  });

  it('survives a round trip through JSON (as jsonb gives it back)', () => {
    const value = { z: [1.5, 'two', { b: false, a: null }], a: 'ü' };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });
});

describe('event hashes', () => {
  const content = {
    id: '9b2c4a5e-0000-4000-8000-000000000001',
    streamId: 'member-1',
    streamType: 'member',
    type: 'VolunteerEnlisted',
    schemaVersion: 1,
    data: { name: 'Ada' },
    metadata: { actorId: 'a', actorRoles: ['r'], correlationId: 'c' },
    occurredAt: '2026-01-01T00:00:00.000Z',
  };

  it('is a stable SHA-256 over the canonical content, independent of key order', () => {
    const hash = contentHash(content);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      contentHash({
        ...content,
        data: { name: 'Ada' },
        metadata: { correlationId: 'c', actorRoles: ['r'], actorId: 'a' },
      }),
    ).toBe(hash);
    expect(contentHash({ ...content, data: { name: 'Ad' } })).not.toBe(hash);
    expect(contentHash({ ...content, schemaVersion: 2 })).not.toBe(hash);
  });

  it('chains over the previous hash and the stream version', () => {
    const link = chainHash(null, 1, 'c0ffee');
    expect(link).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(null, 2, 'c0ffee')).not.toBe(link);
    expect(chainHash(link, 2, 'c0ffee')).not.toBe(chainHash(null, 2, 'c0ffee'));
  });
});
