import { Get, Header, Injectable, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { CommandContext, CommandCtx, Text } from '@muster/platform';
import {
  BLOOD_TYPES,
  BloodType,
  DateOfBirth,
  EmergencyContact,
  MemberIdentity,
  NameParts,
  PersonName,
} from '../../identity';
import { IdentityView, MemberIdentityRead } from '../domain/audit.events';
import { IdentityVault } from '../../vault/identity-vault';
import { identityAccessCatalogue } from '../domain/audit.catalogue';
import { MemberIdParam, MemberController } from '../member.routes';
import { MemberProfiles } from '../projections/member-profile/member-profile.queries';
import { memberProfileOfRow, profileInScope } from '../projections/member-profile/member-profile.view';
import { MemberErrors } from '../domain/member.errors';

export class IdentityReadQuery {
  @Text(300, { description: 'Why you need it: recorded with your name in the member’s identity-access log' })
  purpose!: string;
}

// The identity's types (identity/member-identity.ts) are shared with the vault and the exports: these classes document
// them as a read answers them, and `implements` keeps each in step with its type.

export class NamePartsView implements NameParts {
  @ApiProperty() readonly own!: string;
  @ApiProperty({ type: String, nullable: true }) readonly father!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly grandfather!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly family!: string | null;
}

export class PersonNameView implements PersonName {
  @ApiProperty({ type: NamePartsView, nullable: true }) readonly arabic!: NameParts | null;
  @ApiProperty({ type: NamePartsView, nullable: true }) readonly latin!: NameParts | null;
}

/** A date of birth: `date` (YYYY-MM-DD) or only the `year` known. */
export class DateOfBirthView {
  @ApiProperty({ enum: ['date', 'year'] }) readonly kind!: DateOfBirth['kind'];
  @ApiPropertyOptional({ type: String, format: 'date', description: 'kind date only' }) readonly date?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'kind year only' }) readonly year?: number;
}

export class EmergencyContactView implements EmergencyContact {
  @ApiProperty() readonly name!: string;
  @ApiProperty() readonly relation!: string;
  @ApiProperty() readonly phone!: string;
}

export class MemberIdentityView implements MemberIdentity {
  @ApiProperty({ type: PersonNameView }) readonly name!: PersonName;
  @ApiProperty({ type: DateOfBirthView, nullable: true }) readonly dateOfBirth!: DateOfBirth | null;
  @ApiProperty({ type: String, nullable: true }) readonly nationalId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly homeArea!: string | null;
  @ApiProperty({ type: EmergencyContactView, nullable: true }) readonly emergencyContact!: EmergencyContact | null;
  @ApiProperty({ enum: BLOOD_TYPES, nullable: true }) readonly bloodType!: BloodType | null;
}

export class IdentityReadResult {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty() callSign!: string;
  @ApiProperty({ enum: ['full', 'name-and-call-sign'] }) view!: IdentityView;
  @ApiProperty() erased!: boolean;
  @ApiProperty({ type: MemberIdentityView, nullable: true, description: 'the full identity (hr, admin); else null' })
  identity!: MemberIdentity | null;
  @ApiProperty({ type: PersonNameView, nullable: true, description: 'null once erased' }) name!: PersonName | null;
}

/** Opens identities for those allowed to see them, and records every read on the member's identity-access stream. */
@Injectable()
export class IdentityAccess {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly vault: IdentityVault,
    private readonly profiles: MemberProfiles,
  ) {}

  async read(memberId: string, purpose: string, ctx: CommandContext): Promise<IdentityReadResult> {
    const row = await this.profiles.row(memberId);
    if (!row) throw MemberErrors.notFound();
    if (!profileInScope(ctx.user, row)) {
      // A commander asking for someone outside their centres is refused as if unknown, and the attempt recorded.
      await this.audit(memberId, { purpose, view: 'denied', disclosed: false }, ctx);
      throw MemberErrors.notFound();
    }
    const { identityRef } = row;
    const profile = memberProfileOfRow(row);
    const fullView = ctx.user.roles.some((r) => r === 'hr' || r === 'admin');
    const identity = identityRef ? await this.vault.open(identityRef) : null;
    const view: IdentityView = fullView ? 'full' : 'name-and-call-sign';
    await this.audit(memberId, { purpose, view, disclosed: identity !== null }, ctx);
    return {
      memberId,
      callSign: profile.callSign,
      view,
      erased: identity === null,
      identity: fullView ? identity : null,
      name: identity?.name ?? null,
    };
  }

  /** Appends the read to `identityaccess-<memberId>` (expected version 'any': reads never conflict with edits). */
  async audit(
    memberId: string,
    read: Omit<MemberIdentityRead['data'], 'memberId'>,
    ctx: CommandContext,
  ): Promise<void> {
    const event: MemberIdentityRead = { type: 'MemberIdentityRead', data: { memberId, ...read } };
    await this.store.append(identityAccessCatalogue.streamId(memberId), [event], {
      expectedVersion: 'any',
      metadata: { ...ctx.metadata, reason: read.purpose },
      occurredAt: ctx.now,
    });
  }
}

@MemberController()
export class IdentityAccessController {
  constructor(private readonly access: IdentityAccess) {}

  @Get(':memberId/identity')
  @Roles('hr', 'admin', 'commander')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Read a member’s legal identity (hr, admin); a commander sees name and call-sign of their own centre’s members',
    description:
      'Every read is recorded (who, when, why) on the stream identityaccess-<memberId>. An erased identity reads as erased.',
  })
  @ApiOkResponse({ type: IdentityReadResult })
  read(
    @Param() { memberId }: MemberIdParam,
    @Query() { purpose }: IdentityReadQuery,
    @CommandCtx() ctx: CommandContext,
  ): Promise<IdentityReadResult> {
    return this.access.read(memberId, purpose, ctx);
  }
}
