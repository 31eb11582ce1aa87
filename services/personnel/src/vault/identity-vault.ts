import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainError } from '@muster/event-sourcing';
import { InjectEnvironment } from '@muster/platform';
import { SqlTransaction, autocommit, inTransaction } from '@muster/event-store';
import { DataSource } from 'typeorm';
import { PersonnelEnvironment } from '../config/personnel-environment';
import {
  MemberIdentity,
  PersonalText,
  ProtectedIdentityRef,
  encryptIdentity,
  encryptText,
  isSealedText,
  memberIdentityProblems,
} from '../identity';
import { MemberErrors } from '../member/domain/member.errors';
import { unlockKeyring } from './kek-check';
import { DataKey, dataKeyFor, existingDataKey, openIdentities, openIdentity, openTexts } from './key-store';
import { Keyring, keyringOf } from './keyring';

/** Seals identities with the member's data key and opens them again: the only door to clear identities. */
@Injectable()
export class IdentityVault implements OnModuleInit {
  readonly keyring: Keyring;
  private readonly sql: SqlTransaction;

  constructor(
    @InjectEnvironment() env: PersonnelEnvironment,
    private readonly dataSource: DataSource,
  ) {
    this.keyring = keyringOf(env);
    this.sql = autocommit(dataSource);
  }

  /** Before anything is appended or indexed: refuses a wrong KEK and unlocks the name index key. */
  async onModuleInit(): Promise<void> {
    await inTransaction(this.dataSource, (tx) => unlockKeyring(tx, this.keyring));
  }

  /**
   * Seals a new person's identity with their data key, created on first use (Apply, crew intake AddIntakePerson).
   * The key row commits on its own, before the decider runs: only for people who get a key anyway.
   */
  async seal(memberId: string, identity: MemberIdentity): Promise<ProtectedIdentityRef> {
    assertValid(identity);
    return this.sealWith(await dataKeyFor(this.sql, this.keyring, memberId), identity);
  }

  /**
   * Seals a replacement identity with the member's existing data key; writes nothing. MEMBER_NOT_FOUND for an unknown
   * member and IDENTITY_ERASED once the key has been shredded, so a refused update leaves no key row behind.
   */
  async reseal(memberId: string, identity: MemberIdentity): Promise<ProtectedIdentityRef> {
    assertValid(identity);
    return this.sealWith(await this.existingKey(memberId), identity);
  }

  /**
   * Seals free text about a member (a reason, notes) with their existing data key, so that erasing their identity
   * erases it too; writes nothing. Blank text is passed on as it is, for the decider to refuse where text is required.
   * MEMBER_NOT_FOUND for an unknown member, IDENTITY_ERASED once the key has been shredded (nothing more can be
   * written about them that erasure could not reach).
   */
  async sealText(
    memberId: string,
    text: string,
    notFound: () => DomainError = MemberErrors.notFound,
  ): Promise<PersonalText> {
    if (text.trim().length === 0) return text;
    const { keyId, dataKey } = await this.existingKey(memberId, notFound);
    return encryptText(text.trim(), dataKey, keyId);
  }

  private async existingKey(memberId: string, notFound: () => DomainError = MemberErrors.notFound): Promise<DataKey> {
    const key = await existingDataKey(this.sql, this.keyring, memberId);
    if (key) return key;
    const [member] = await this.sql.query(`SELECT 1 FROM member_profiles WHERE member_id = $1`, [memberId]);
    throw member ? MemberErrors.identityErased() : notFound();
  }

  private sealWith({ keyId, dataKey }: DataKey, identity: MemberIdentity): ProtectedIdentityRef {
    return encryptIdentity(identity, dataKey, keyId);
  }

  /** The clear identity, or null once it has been erased. */
  open(ref: ProtectedIdentityRef): Promise<MemberIdentity | null> {
    return openIdentity(this.sql, this.keyring, ref);
  }

  /** The clear identities, in the order given (null where erased): one key query for all of them. */
  openMany(refs: readonly ProtectedIdentityRef[]): Promise<(MemberIdentity | null)[]> {
    return openIdentities(this.sql, this.keyring, refs);
  }

  /** The clear texts, in the order given: clear text as it was recorded, null where the member's key is shredded. */
  async openTexts(texts: readonly PersonalText[]): Promise<(string | null)[]> {
    const opened = await openTexts(this.sql, this.keyring, texts.filter(isSealedText));
    let next = 0;
    return texts.map((text) => (isSealedText(text) ? opened[next++] : text));
  }
}

function assertValid(identity: MemberIdentity): void {
  const problems = memberIdentityProblems(identity);
  if (problems.length > 0) {
    throw new DomainError('INVALID_IDENTITY', `The identity is not valid: ${problems.join('; ')}`, 'rule', {
      problems,
    });
  }
}
