import { newClusterId } from './local-kafka';

describe('KRaft cluster ids', () => {
  it('are 22 base64url characters that never start like a command-line option', () => {
    const ids = Array.from({ length: 5000 }, newClusterId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
