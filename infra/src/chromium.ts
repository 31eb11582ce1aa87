import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's Chromium, which the console's end-to-end specs drive (Playwright's own download does not work here). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Installs Debian's `chromium` when it is missing (`apt-get update && apt-get install -y chromium`, as root or with
 * sudo). Returns whether it is there afterwards; says what to do when it could not be installed.
 */
export function ensureChromium(log: (line: string) => void): boolean {
  if (existsSync(CHROMIUM)) return true;
  log(`${CHROMIUM} is missing: installing Debian's chromium (apt-get) for the console's browser tests…`);
  const asRoot = process.getuid?.() === 0;
  const apt = (args: string[]) =>
    spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['-n', 'apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  const installed = apt(['update']).status === 0 && apt(['install', '-y', 'chromium']).status === 0;
  if (!installed || !existsSync(CHROMIUM)) {
    log(
      `Chromium could not be installed. Install it yourself (as root: apt-get update && apt-get install -y chromium); ` +
        `the console's browser tests need ${CHROMIUM}.`,
    );
    return false;
  }
  return true;
}

/**
 * Debian's Chromium, driven by Playwright (its own browser download does not work here). Playwright gives it a fresh
 * profile and, as root, --no-sandbox; the other flags keep it from reaching for the network (infrastructure guide).
 * Loaded on use: npm start never drives a browser.
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
    ],
  });
}
