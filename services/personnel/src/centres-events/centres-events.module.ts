import { Global, Module } from '@nestjs/common';
import { MemberModule } from '../member/member.module';
import { CentresEventHandlers } from './centres-event.handlers';

/** Global so that the platform's event consumer (declared in PlatformModule) can resolve the handlers. */
@Global()
@Module({ imports: [MemberModule], providers: [CentresEventHandlers], exports: [CentresEventHandlers] })
export class CentresEventsModule {}
