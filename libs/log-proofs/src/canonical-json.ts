/**
 * JSON with object keys sorted (recursively) and no whitespace: the same value always gives the same bytes, whatever
 * the key order it was built or stored with (jsonb reorders keys). Follows JSON.stringify otherwise: toJSON() is
 * honoured, undefined / functions are dropped from objects and become null in arrays, non-finite numbers are null.
 */
export function canonicalJson(value: unknown): string {
  const encoded = encode(value);
  if (encoded === undefined) throw new TypeError('canonicalJson: the value has no JSON representation');
  return encoded;
}

function encode(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return encode((value as { toJSON(): unknown }).toJSON());
  }
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  if (typeof value === 'bigint') throw new TypeError('canonicalJson: bigint has no JSON representation');
  if (Array.isArray(value)) return `[${value.map((item) => encode(item) ?? 'null').join(',')}]`;
  if (typeof value === 'object') {
    const members: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const member = encode((value as Record<string, unknown>)[key]);
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
    }
    return `{${members.join(',')}}`;
  }
  return undefined; // undefined, functions, symbols
}
