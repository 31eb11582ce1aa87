import { ApiProperty } from '@nestjs/swagger';
import { ConsistencyProof, PublicKeyEntry, SignedCheckpoint } from '@muster/log-proofs';

// The log's formats are defined in @muster/log-proofs, which is pure (Node's crypto only, no framework): these classes
// document them as the audit API answers them, and `implements` keeps each one in step with the format it documents.

export class LogPublicKey implements PublicKeyEntry {
  @ApiProperty({ description: 'the log it signs for, `muster/<service>`' }) name!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'base64 of the raw 32-byte Ed25519 public key' }) publicKey!: string;
}

export class LogKeys {
  @ApiProperty({ type: [LogPublicKey] }) keys!: LogPublicKey[];
}

export class LogConsistencyFromPrevious implements ConsistencyProof {
  @ApiProperty({ type: 'integer' }) fromSize!: number;
  @ApiProperty({ type: [String], description: 'hashes in lowercase hex, RFC 9162 order' }) proof!: readonly string[];
}

/** A signed tree head: the log's size and Merkle root at a time, signed with the log's key. */
export class LogCheckpoint implements SignedCheckpoint {
  @ApiProperty({ description: '`muster/<service>`' }) log!: string;
  @ApiProperty({ type: 'integer' }) size!: number;
  @ApiProperty({ description: 'the Merkle root of the first `size` entries, lowercase hex' }) root!: string;
  @ApiProperty({ format: 'date-time' }) time!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'base64 Ed25519 signature over the checkpoint text' }) signature!: string;
  @ApiProperty({
    type: LogConsistencyFromPrevious,
    nullable: true,
    description: 'from the previous checkpoint; null for the first',
  })
  consistency!: LogConsistencyFromPrevious | null;
}

export class LogCheckpoints {
  @ApiProperty() log!: string;
  @ApiProperty({ type: [LogCheckpoint] }) checkpoints!: LogCheckpoint[];
}

export class LogInclusion {
  @ApiProperty() log!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer' }) logIndex!: number;
  @ApiProperty({ type: 'integer' }) treeSize!: number;
  @ApiProperty({ type: [String], description: 'hashes in lowercase hex, RFC 9162 order' }) proof!: string[];
}

export class LogConsistency {
  @ApiProperty() log!: string;
  @ApiProperty({ type: 'integer' }) fromSize!: number;
  @ApiProperty({ type: 'integer' }) toSize!: number;
  @ApiProperty({ type: [String], description: 'hashes in lowercase hex, RFC 9162 order' }) proof!: string[];
}
