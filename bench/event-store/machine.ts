import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { Client } from 'pg';

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly postgres: string;
  readonly postgresSettings: string;
  readonly commit: string;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line ? line.split(':')[1].trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'libs'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} (libs/ modified in the working tree)` : head;
  } catch {
    return 'unknown';
  }
}

export async function describeMachine(serverUrl: string): Promise<Machine> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const version = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('synchronous_commit', 'fsync', 'shared_buffers', 'max_connections', 'wal_level')
        ORDER BY name`,
    );
    return {
      cpus: availableParallelism(),
      cpuModel: cpuModel(),
      memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      node: process.version,
      postgres: version.rows[0]?.v ?? 'unknown',
      postgresSettings: settings.rows.map((r) => `${r.name}=${r.setting}${r.unit ? ` ${r.unit}` : ''}`).join(', '),
      commit: commit(),
    };
  } finally {
    await client.end();
  }
}

export function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}
