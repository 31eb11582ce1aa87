const registry = globalThis as { __musterInfraStop?: () => Promise<void> };

export default async function globalTeardown(): Promise<void> {
  const stop = registry.__musterInfraStop;
  registry.__musterInfraStop = undefined;
  if (stop) await stop();
}
