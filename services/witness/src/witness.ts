import { KeyObject } from 'node:crypto';
import { SERVICES, ServiceName, WITNESS_NAME, logNameOf } from '@muster/contracts';
import {
  Cosignature,
  PublicKeyEntry,
  SignedCheckpoint,
  cosign,
  verifyCheckpointSignature,
  verifyConsistency,
} from '@muster/log-proofs';
import { AcceptedCheckpoint, NewAlert, WitnessStore } from './witness-store';

/** What became of one checkpoint. */
export type Verdict =
  | { readonly outcome: 'cosigned'; readonly cosignature: Cosignature }
  | { readonly outcome: 'already-cosigned'; readonly accepted: AcceptedCheckpoint }
  | { readonly outcome: 'alert'; readonly alert: NewAlert };

const hex = (text: string): Buffer => Buffer.from(text, 'hex');

/**
 * The witness's one rule: a checkpoint is countersigned only when a trusted key signed it and it extends, by a proof
 * anyone can check, the last checkpoint countersigned for its log. Anything else is an alert, and the head stays.
 */
export class Witness {
  constructor(
    private readonly store: WitnessStore,
    private readonly trustedKeys: readonly PublicKeyEntry[],
    private readonly signingKey: KeyObject,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Judges one checkpoint read from `service`'s checkpoint topic, in topic order. A countersigned one is stored before
   * anyone is told of it; the caller publishes it, then marks it published. The checkpoint names its log, whose
   * trusted key must have signed it; a topic may not carry another service's log (`muster/<other>`), while a log of
   * another name (a test instance's) is followed on the topic it comes on.
   */
  async observe(checkpoint: SignedCheckpoint, service: ServiceName): Promise<Verdict> {
    const { log, size, root, keyId } = checkpoint;
    const signature = verifyCheckpointSignature(checkpoint, this.trustedKeys);
    const misplaced = SERVICES.some((other) => other !== service && logNameOf(other) === log);
    if (!signature.ok || misplaced) {
      const reason = signature.ok ? 'wrong-log' : signature.reason;
      return this.alert({
        kind: 'forged-checkpoint',
        log,
        message: `checkpoint of ${log} at size ${size} on ${service}'s topic, signed by key ${keyId}: ${reason}`,
        evidence: { reason, service, checkpoint },
        fingerprint: `forged-checkpoint ${log} ${size} ${root} ${checkpoint.signature}`,
      });
    }

    const same = await this.store.accepted(log, size);
    if (same?.checkpoint.root === root) return { outcome: 'already-cosigned', accepted: same };
    const head = same ?? (await this.store.head(log));
    if (!head) return this.countersign(checkpoint, service);
    const last = head.checkpoint;
    // The evidence: both signed heads, enough to show anyone the two histories.
    const both = { accepted: last, presented: checkpoint };
    if (size === last.size) {
      return this.alert({
        kind: 'fork',
        log,
        message: `${log} signed two roots at size ${size}: ${last.root} and ${root}`,
        evidence: both,
        fingerprint: `fork ${log} ${size} ${root}`,
      });
    }
    if (size < last.size) {
      return this.alert({
        kind: 'rollback',
        log,
        message: `${log} went back from size ${last.size} to ${size}`,
        evidence: both,
        fingerprint: `rollback ${log} ${size} ${root}`,
      });
    }
    const proof = checkpoint.consistency;
    if (!proof || proof.fromSize !== last.size) {
      return this.alert({
        kind: 'unverifiable',
        log,
        message: `${log} at size ${size} proves nothing from the last countersigned size ${last.size} (its proof is from ${proof ? proof.fromSize : 'nothing'})`,
        evidence: both,
        fingerprint: `unverifiable ${log} ${size} ${root}`,
      });
    }
    if (!verifyConsistency(last.size, size, proof.proof.map(hex), hex(last.root), hex(root))) {
      return this.alert({
        kind: 'fork',
        log,
        message: `${log} at size ${size} (root ${root}) does not extend size ${last.size} (root ${last.root})`,
        evidence: both,
        fingerprint: `fork ${log} ${size} ${root}`,
      });
    }
    return this.countersign(checkpoint, service);
  }

  /** Raises the alert (once per fingerprint: a checkpoint read again is not a second alert). */
  private async alert(alert: NewAlert): Promise<Verdict> {
    await this.store.raise(alert);
    return { outcome: 'alert', alert };
  }

  private async countersign(checkpoint: SignedCheckpoint, service: ServiceName): Promise<Verdict> {
    const cosignature = cosign(checkpoint, WITNESS_NAME, this.signingKey, this.now().toISOString());
    await this.store.accept(checkpoint, cosignature, service);
    return { outcome: 'cosigned', cosignature };
  }
}
