import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ROLES, Roles } from '@muster/auth';
import { KnownCentres, KnownCentreView } from './known-centres';

class KnownCentreParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'centreId must be a UUID' })
  centreId!: string;
}

/** Whether this service knows a centre yet, and its status as last announced: for anyone who must wait for it. */
@ApiTags('known-centres')
@ApiBearerAuth()
@Roles(...ROLES)
@Controller('known-centres')
export class KnownCentresController {
  constructor(private readonly centres: KnownCentres) {}

  @Get(':centreId')
  @ApiOkResponse({ type: KnownCentreView })
  centre(@Param() { centreId }: KnownCentreParam): Promise<KnownCentreView> {
    return this.centres.require(centreId, 'not-found');
  }
}
