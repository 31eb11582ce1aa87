import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { commandRoutes, RecordController } from '@muster/platform';
import { sessionAggregate } from './session.aggregate';

export class SessionIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

/** Who runs sessions: training managers and admins anywhere, commanders at their own centres (the rules check). */
export const SESSION_WRITERS = ['training', 'admin', 'commander'] as const;

/**
 * Session use cases: `POST /sessions` schedules one, `POST /sessions/:sessionId/<route>` changes one.
 * Sent by training, admin, and commanders for their own centres' sessions.
 */
export const sessionRoutes = commandRoutes(sessionAggregate, {
  path: 'sessions',
  tag: 'sessions',
  params: SessionIdParam,
  idOf: (p) => p.sessionId,
  roles: SESSION_WRITERS,
});

/** A controller of session reads under /sessions (versions echoed as ETag). */
export const SessionController = (): ClassDecorator => RecordController('sessions', 'sessions');
