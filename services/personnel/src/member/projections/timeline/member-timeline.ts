import { Get, Injectable, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { RecordedOf } from '@muster/event-sourcing';
import { memberCatalogue } from '../../domain/member.catalogue';
import { MemberEvent } from '../../domain/member.events';
import { MemberIdParam, MemberController } from '../../member.routes';
import { MemberProfiles } from '../member-profile/member-profile.queries';
import { describeMemberEvent, personalTextOf } from './describe-member-event';
import { IdentityVault } from '../../../vault/identity-vault';

export class TimelineEntry {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The free text about the member the event holds (reason, notes, description); null once erased',
  })
  text!: string | null;
  @ApiProperty({ description: 'The event held free text about the member, erased with their identity' })
  textErased!: boolean;
  @ApiProperty() summary!: string;
}

/** A member's timeline: their entries, oldest first, and the stream's version they were read at. */
export class MemberTimeline {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ type: 'integer', description: 'the member stream’s version the entries were read at' })
  version!: number;
  @ApiProperty({ type: [TimelineEntry], description: 'oldest first' }) entries!: TimelineEntry[];
}

const timelineEntryOf = (event: RecordedOf<MemberEvent>, text: string | null, erased: boolean): TimelineEntry => ({
  version: event.streamVersion,
  type: event.type,
  occurredAt: event.occurredAt,
  recordedAt: event.recordedAt,
  actorId: event.metadata.actorId,
  reason: event.metadata.reason ?? null,
  text,
  textErased: erased,
  summary: describeMemberEvent(event, text),
});

/** A member's history, in words, straight from their stream; its free text opened with the member's key. */
@Injectable()
export class MemberTimelines {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly vault: IdentityVault,
  ) {}

  async timeline(memberId: string): Promise<{ events: RecordedOf<MemberEvent>[]; entries: TimelineEntry[] }> {
    const events = (await this.store.readStream(memberCatalogue.streamId(memberId))).flatMap((recorded) => {
      const event = memberCatalogue.narrow(recorded);
      return event ? [event] : [];
    });
    const sealed = events.map(personalTextOf);
    const opened = await this.vault.openTexts(sealed.map((text) => text ?? ''));
    const entries = events.map((event, i) =>
      sealed[i] === null ? timelineEntryOf(event, null, false) : timelineEntryOf(event, opened[i], opened[i] === null),
    );
    return { events, entries };
  }
}

@MemberController()
export class MemberTimelineController {
  constructor(
    private readonly timelines: MemberTimelines,
    private readonly profiles: MemberProfiles,
  ) {}

  @Get(':memberId/timeline')
  @Roles('hr', 'admin', 'auditor', 'commander')
  @ApiOperation({ summary: 'A member’s history in words: who did what, when and why' })
  @ApiOkResponse({ type: MemberTimeline })
  async timeline(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { memberId }: MemberIdParam,
  ): Promise<MemberTimeline> {
    await this.profiles.profile(user, memberId); // not found, or outside the caller's centres
    const { events, entries } = await this.timelines.timeline(memberId);
    return { memberId, version: events.length, entries };
  }
}
