export type { SealedPayload, ProtectedIdentityRef, SealedText, PersonalText } from './domain/sealed-payload';
export { isSealedPayload, isProtectedIdentityRef, isSealedText } from './domain/sealed-payload';
export type {
  NameParts,
  PersonName,
  DateOfBirth,
  BloodType,
  EmergencyContact,
  MemberIdentity,
} from './member-identity';
export { BLOOD_TYPES, memberIdentityProblems } from './member-identity';
export type {
  IdentityProtectionErrorCode,
  KeyEncryptionKey,
  WrappedDataKey,
  GeneratedDataKey,
} from './identity-envelope';
export {
  IdentityProtectionError,
  parseKeyEncryptionKey,
  keyEncryptionKeyId,
  wrapDataKey,
  generateDataKey,
  unwrapDataKey,
  rewrapDataKey,
  encryptIdentity,
  decryptIdentity,
  encryptText,
  decryptText,
} from './identity-envelope';
