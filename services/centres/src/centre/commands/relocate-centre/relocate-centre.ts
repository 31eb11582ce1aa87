import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { SiteDto, siteOf } from '../../centre.dto';
import { centreRoutes } from '../../centre.routes';

export class RelocateCentreDto {
  @ApiProperty({ type: SiteDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SiteDto)
  site!: SiteDto;

  @IsCalendarDate() relocatedOn!: string;

  @Text(500, { example: 'Moved into the former military outpost after the old base was handed back' })
  reason!: string;
}

export const RelocateCentreRoute = centreRoutes.command(':centreId/relocations', {
  summary: 'Move a centre to another site: the same centre, everything assigned to it stays; the move is recorded',
  body: RelocateCentreDto,
  command: (dto) => ({
    type: 'RelocateCentre',
    site: siteOf(dto.site),
    relocatedOn: dto.relocatedOn,
    reason: dto.reason,
  }),
});
