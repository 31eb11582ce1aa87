import { applyDecorators, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Roles } from '@muster/auth';
import { CommandResult, VersionETagInterceptor } from '../shared/command-result';

export const CrewIntakeRoute = (): ClassDecorator =>
  applyDecorators(ApiTags('crew intakes'), Controller('crew-intakes'), UseInterceptors(VersionETagInterceptor));

/** POST /crew-intakes/<path>: an HR command on an open intake, answered 200 with { id, version }. */
export const CrewIntakeCommandPost = (path: string, summary: string): MethodDecorator =>
  applyDecorators(
    Post(path),
    HttpCode(200),
    Roles('hr', 'admin'),
    ApiOperation({ summary }),
    ApiOkResponse({ type: CommandResult }),
    ApiConflictResponse({ description: 'The intake’s state forbids it (stable code) or CONCURRENCY_CONFLICT' }),
  );

export class IntakeIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'intakeId must be a UUID' })
  intakeId!: string;
}

export class IntakePersonParam extends IntakeIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId!: string;
}
