import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainError } from '@muster/event-sourcing';
import { InjectEnvironment } from '@muster/platform';
import { SqlTransaction, autocommit, inTransaction } from '@muster/event-store';
import { DataSource } from 'typeorm';
import { PersonnelEnvironment } from '../config/personnel-environment';
import { MemberIdentity, ProtectedIdentityRef, encryptIdentity, memberIdentityProblems } from '../identity';
import { MemberErrors } from '../member/domain/member.errors';
import { unlockKeyring } from './kek-check';
import { DataKey, dataKeyFor, existingDataKey, openIdentities, openIdentity } from './key-store';
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
    const key = await existingDataKey(this.sql, this.keyring, memberId);
    if (key) return this.sealWith(key, identity);
    const [member] = await this.sql.query(`SELECT 1 FROM member_profiles WHERE member_id = $1`, [memberId]);
    throw member ? MemberErrors.identityErased() : MemberErrors.notFound();
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
}

function assertValid(identity: MemberIdentity): void {
  const problems = memberIdentityProblems(identity);
  if (problems.length > 0) {
    throw new DomainError('INVALID_IDENTITY', `The identity is not valid: ${problems.join('; ')}`, 'rule', {
      problems,
    });
  }
}
