import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Observable, tap } from 'rxjs';

/** What every command answers: the record's id and its version after the command (send it back as If-Match). */
export class CommandResult {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ description: 'The stream version after the command: pass it as If-Match next time' })
  readonly version!: number;
}

function isVersioned(body: unknown): body is { version: number } {
  return typeof body === 'object' && body !== null && typeof (body as { version?: unknown }).version === 'number';
}

/** Sets `ETag: "<version>"` on any answer that carries a record version, so clients can use If-Match. */
@Injectable()
export class VersionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>();
    return next.handle().pipe(
      tap((body) => {
        if (isVersioned(body)) response.setHeader('ETag', `"${body.version}"`);
      }),
    );
  }
}
