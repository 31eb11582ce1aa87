import { Get, Injectable, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { RecordedOf } from '@muster/event-sourcing';
import { memberCatalogue } from '../../domain/member.catalogue';
import { MemberEvent } from '../../domain/member.events';
import { MemberIdParam, MemberController } from '../../member.routes';
import { MemberProfiles } from '../member-profile/member-profile.queries';
import { describeMemberEvent } from './describe-member-event';

export class TimelineEntry {
  @ApiProperty() version!: number;
  @ApiProperty() type!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty() actorId!: string;
  @ApiPropertyOptional({ nullable: true }) reason!: string | null;
  @ApiProperty() summary!: string;
}

const timelineEntryOf = (event: RecordedOf<MemberEvent>): TimelineEntry => ({
  version: event.streamVersion,
  type: event.type,
  occurredAt: event.occurredAt,
  recordedAt: event.recordedAt,
  actorId: event.metadata.actorId,
  reason: event.metadata.reason ?? null,
  summary: describeMemberEvent(event),
});

/** A member's history, in words, straight from their stream. */
@Injectable()
export class MemberTimelines {
  constructor(private readonly store: PostgresEventStore) {}

  async timeline(memberId: string): Promise<{ events: RecordedOf<MemberEvent>[]; entries: TimelineEntry[] }> {
    const events = (await this.store.readStream(memberCatalogue.streamId(memberId))).flatMap((recorded) => {
      const event = memberCatalogue.narrow(recorded);
      return event ? [event] : [];
    });
    return { events, entries: events.map(timelineEntryOf) };
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
  @ApiOkResponse({ type: TimelineEntry, isArray: true })
  async timeline(@CurrentUser() user: AuthenticatedUser, @Param() { memberId }: MemberIdParam) {
    await this.profiles.profile(user, memberId); // not found, or outside the caller's centres
    const { events, entries } = await this.timelines.timeline(memberId);
    return { memberId, version: events.length, entries };
  }
}
