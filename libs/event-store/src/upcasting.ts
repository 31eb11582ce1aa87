import { Upcaster } from '@muster/event-sourcing';

/** Every upcaster of a store, by type and version: lifts stored data to the version new events are written with. */
export class UpcasterRegistry {
  private readonly byTypeAndVersion = new Map<string, Upcaster>();
  private readonly currentVersions = new Map<string, number>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      const key = `${upcaster.type}@${upcaster.fromVersion}`;
      if (this.byTypeAndVersion.has(key)) throw new Error(`Two upcasters for ${key}`);
      this.byTypeAndVersion.set(key, upcaster);
      this.currentVersions.set(upcaster.type, Math.max(this.currentVersion(upcaster.type), upcaster.fromVersion + 1));
    }
  }

  /** The version new events of this type are written with. */
  currentVersion(type: string): number {
    return this.currentVersions.get(type) ?? 1;
  }

  upcast(type: string, schemaVersion: number, data: object): { schemaVersion: number; data: object } {
    let version = schemaVersion;
    let current = data;
    for (let upcaster = this.find(type, version); upcaster; upcaster = this.find(type, version)) {
      current = upcaster.upcast(current);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }

  private find(type: string, version: number): Upcaster | undefined {
    return this.byTypeAndVersion.get(`${type}@${version}`);
  }
}
