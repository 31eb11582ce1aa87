import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { memberAggregate } from './member.aggregate';
import { IdentityVault } from '../vault/identity-vault';

export class MemberIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId!: string;
}

/**
 * Member use cases: `POST /members/:memberId/<route>`, HR's (and admins') unless a use case says otherwise. Free text
 * about the member is sealed with their key by the mapping (`vault.sealText`); the request's `reason` is therefore
 * not copied, in clear, into the metadata.
 */
export const memberRoutes = commandRoutes(memberAggregate, {
  path: 'members',
  tag: 'members',
  params: MemberIdParam,
  idOf: (p) => p.memberId,
  roles: ['hr', 'admin'],
  tools: IdentityVault,
  reasonInMetadata: false,
});

/** A controller of member reads under /members (versions echoed as ETag). */
export const MemberController = (): ClassDecorator => RecordController('members', 'members');
