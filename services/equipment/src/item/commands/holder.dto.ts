import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { HOLDER_KINDS, Holder } from '../domain/item.events';

/** Who holds it: a member (by id only), a centre's store, or a vehicle's kit. */
export class HolderDto {
  @ApiProperty({ enum: HOLDER_KINDS })
  @IsIn(HOLDER_KINDS, { message: `holder.kind must be one of: ${HOLDER_KINDS.join(', ')}` })
  kind!: Holder['kind'];

  @ApiProperty({ format: 'uuid', description: 'the member, centre or vehicle' })
  @IsUUID('all', { message: 'holder.id must be a UUID' })
  id!: string;
}

/** The holder as the domain takes it (the DTO's class instance stripped). */
export const holderOf = (dto: HolderDto): Holder => ({ kind: dto.kind, id: dto.id });
