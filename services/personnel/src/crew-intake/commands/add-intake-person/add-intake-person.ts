import { Body, Param } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsOptional, ValidateNested } from 'class-validator';
import {
  CommandContext,
  CommandCtx,
  CommandResult,
  CommandRoute,
  IsPartialDate,
  newRecordId,
  RecordController,
  Text,
} from '@muster/platform';
import { MemberIdentityDto, toMemberIdentity } from '../../../member/identity/identity.dto';
import { intakeMemberId } from '../../domain/intake-member-id';
import { CallSign } from '../../../shared/validation';
import { IdentityVault } from '../../../vault/identity-vault';
import { crewIntakeAggregate } from '../../crew-intake.aggregate';
import { IntakeIdParam } from '../../crew-intake.routes';

export class PriorServiceDto {
  @Text(200) organisation!: string;
  @Text(100) rankOrRole!: string;

  @IsPartialDate() from!: string;

  @IsOptional()
  @IsPartialDate({
    required: false,
    nullable: true,
    description: 'YYYY, YYYY-MM or YYYY-MM-DD; null: until the intake',
  })
  to?: string | null;
}

export class AddIntakePersonDto {
  @CallSign() callSign!: string;

  @ApiProperty({ type: MemberIdentityDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MemberIdentityDto)
  identity!: MemberIdentityDto;

  @ApiProperty({ type: PriorServiceDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PriorServiceDto)
  priorService!: PriorServiceDto[];
}

export class AddIntakePersonResult extends CommandResult {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty({ format: 'uuid', description: 'The member id the person will have once the intake completes' })
  memberId!: string;
}

export class AddIntakePerson extends Command<AddIntakePersonResult> {
  constructor(
    readonly intakeId: string,
    readonly dto: AddIntakePersonDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** Application work before the command path: the identity is sealed under the data key of the member-to-be. */
@CommandHandler(AddIntakePerson)
export class AddIntakePersonHandler implements ICommandHandler<AddIntakePerson> {
  constructor(
    private readonly bus: CommandBus,
    private readonly vault: IdentityVault,
  ) {}

  async execute({ intakeId, dto, ctx }: AddIntakePerson): Promise<AddIntakePersonResult> {
    const personId = newRecordId(`intake-person:${intakeId}`, ctx);
    const memberId = intakeMemberId(intakeId, personId);
    // Erasing that member later shreds this copy too.
    const identity = await this.vault.seal(memberId, toMemberIdentity(dto.identity));
    const priorService = dto.priorService.map((p) => ({
      organisation: p.organisation,
      rankOrRole: p.rankOrRole,
      from: p.from,
      to: p.to ?? null,
    }));
    const result = await this.bus.execute(
      crewIntakeAggregate.command(
        intakeId,
        { type: 'AddIntakePerson', personId, callSign: dto.callSign, identity, priorService },
        ctx,
      ),
    );
    return { ...result, personId, memberId };
  }
}

@RecordController('crew-intakes', 'crew intakes')
export class AddIntakePersonController {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute(':intakeId/people', {
    summary: 'Add a person of the crew, with their identity (sealed at once) and prior service',
    roles: ['hr', 'admin'],
    creates: true,
    response: AddIntakePersonResult,
  })
  add(
    @Param() { intakeId }: IntakeIdParam,
    @Body() dto: AddIntakePersonDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<AddIntakePersonResult> {
    return this.bus.execute(new AddIntakePerson(intakeId, dto, ctx));
  }
}
