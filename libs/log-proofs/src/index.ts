// The verifiable log's formats and proofs: Node's crypto only, so that an auditor's verifier needs nothing else.
export { canonicalJson } from './canonical-json';
export { chainHash, contentHash, sha256Hex } from './event-hash';
export type { HashedEventContent } from './event-hash';
export {
  EMPTY_ROOT,
  TreeFrontier,
  consistencyProofRanges,
  frontierSubtrees,
  inclusionProofRanges,
  leafHash,
  merkleRoot,
  nodeHash,
  rangeHash,
  rangeSubtrees,
  subtreesFor,
  verifyConsistency,
  verifyInclusion,
} from './merkle';
export type { Subtree } from './merkle';
export { TILE_HEIGHT, TILE_WIDTH, TileBuilder, hashInTile, tileSpan } from './tiles';
export type { Tile, TileRef } from './tiles';
export {
  checkpointText,
  cosign,
  cosignatureText,
  keyIdOf,
  newSigningKey,
  privateKeyFromBase64,
  publicKeyEntry,
  publicKeyOf,
  signCheckpoint,
  verifyCheckpointSignature,
  verifyCosignature,
} from './checkpoint';
export type {
  ConsistencyProof,
  Cosignature,
  PublicKeyEntry,
  SignatureCheck,
  SignedCheckpoint,
  TreeHead,
} from './checkpoint';
export { parseCheckpoints, parseDumpLine, parseLogLine, parsePublicKeys } from './dump';
export type { DumpLine, LogEntry } from './dump';
export { LogVerifier } from './verifier';
export type { Finding, LogSummary, LogVerifierOptions, VerificationReport } from './verifier';
