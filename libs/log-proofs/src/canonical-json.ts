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

// Built by string concatenation rather than arrays and join: the verifier runs this once per log entry.
function encode(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // What JSON.stringify writes for a number: its ToString when finite (so -0 is 0), else null.
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: bigint has no JSON representation');
    case 'object':
      return value === null ? 'null' : encodeObject(value);
    default:
      return undefined; // undefined, functions, symbols
  }
}

function encodeObject(value: object): string | undefined {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return encode((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i === 0 ? '' : ','}${encode(value[i]) ?? 'null'}`;
    return `${out}]`;
  }
  let out = '{';
  for (const key of Object.keys(value).sort()) {
    const member = encode((value as Record<string, unknown>)[key]);
    if (member !== undefined) out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${member}`;
  }
  return `${out}}`;
}
