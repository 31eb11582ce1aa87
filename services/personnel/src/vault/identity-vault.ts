import { Injectable } from '@nestjs/common';
import { DomainError } from '@muster/event-sourcing';
import { InjectEnvironment } from '@muster/platform';
import type { SqlTransaction } from '@muster/event-store';
import { DataSource } from 'typeorm';
import { PersonnelEnvironment } from '../config/personnel-environment';
import { MemberIdentity, ProtectedIdentityRef, encryptIdentity, memberIdentityProblems } from '../identity';
import { dataKeyFor, openIdentity } from './key-store';
import { Keyring } from './keyring';

/** Seals identities with the member's data key and opens them again: the only door to clear identities. */
@Injectable()
export class IdentityVault {
  readonly keyring: Keyring;
  private readonly sql: SqlTransaction;

  constructor(@InjectEnvironment() env: PersonnelEnvironment, dataSource: DataSource) {
    this.keyring = new Keyring(env.IDENTITY_KEK);
    this.sql = {
      query: async <Row>(text: string, parameters: readonly unknown[] = []) =>
        (await dataSource.query(text, [...parameters])) as Row[],
    };
  }

  /** Seals an identity with the member's data key (created on first use). */
  async seal(memberId: string, identity: MemberIdentity): Promise<ProtectedIdentityRef> {
    const problems = memberIdentityProblems(identity);
    if (problems.length > 0) {
      throw new DomainError('INVALID_IDENTITY', `The identity is not valid: ${problems.join('; ')}`, 'rule', {
        problems,
      });
    }
    const { keyId, dataKey } = await dataKeyFor(this.sql, this.keyring, memberId);
    return encryptIdentity(identity, dataKey, keyId);
  }

  /** The clear identity, or null once it has been erased. */
  open(ref: ProtectedIdentityRef): Promise<MemberIdentity | null> {
    return openIdentity(this.sql, this.keyring, ref);
  }
}
