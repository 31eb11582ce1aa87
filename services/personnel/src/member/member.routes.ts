import { applyDecorators, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Roles } from '@muster/auth';
import { CommandResult, VersionETagInterceptor } from '../shared/command-result';

/** A controller of one member use case: under /members, versions echoed as ETag. */
export const MemberRoute = (): ClassDecorator =>
  applyDecorators(ApiTags('members'), Controller('members'), UseInterceptors(VersionETagInterceptor));

export class MemberIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId!: string;
}

/** POST /members/:memberId/<path>: an HR command on an existing member, answered 200 with { id, version }. */
export const MemberCommandPost = (path: string, summary: string): MethodDecorator =>
  applyDecorators(
    Post(`:memberId/${path}`),
    HttpCode(200),
    Roles('hr', 'admin'),
    ApiOperation({
      summary,
      description:
        'Send If-Match with the version you read to refuse (409) a concurrent change; Idempotency-Key makes a retry safe.',
    }),
    ApiOkResponse({ type: CommandResult }),
    ApiConflictResponse({ description: 'The member’s state forbids it (stable code) or CONCURRENCY_CONFLICT' }),
  );
