import { Body, Param, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { Roles } from '@muster/auth';
import { Command, CommandContext } from '@muster/platform';
import { MemberIdentityDto, toMemberIdentity } from '../../../member/identity/identity.dto';
import { CommandResult } from '../../../shared/command-result';
import { deterministicUuid } from '../../../shared/deterministic-id';
import { CallSign, IsPartialDate, Text } from '../../../shared/validation';
import { IdentityVault } from '../../../vault/identity-vault';
import { CrewIntakeRecords } from '../../crew-intake-records';
import { CrewIntakeRoute, IntakeIdParam } from '../../crew-intake-route';
import { intakeMemberId } from '../../../shared/deterministic-id';

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

export class AddIntakePerson extends TypedCommand<AddIntakePersonResult> {
  constructor(
    readonly intakeId: string,
    readonly dto: AddIntakePersonDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AddIntakePerson)
export class AddIntakePersonHandler implements ICommandHandler<AddIntakePerson> {
  constructor(
    private readonly intakes: CrewIntakeRecords,
    private readonly vault: IdentityVault,
  ) {}

  async execute({ intakeId, dto, ctx }: AddIntakePerson): Promise<AddIntakePersonResult> {
    const personId = ctx.idempotencyKey
      ? deterministicUuid('intake-person', intakeId, ctx.idempotencyKey)
      : randomUUID();
    // Sealed with the data key of the member the person will become: erasing that member shreds this copy too.
    const identity = await this.vault.seal(intakeMemberId(intakeId, personId), toMemberIdentity(dto.identity));
    const priorService = dto.priorService.map((p) => ({
      organisation: p.organisation,
      rankOrRole: p.rankOrRole,
      from: p.from,
      to: p.to ?? null,
    }));
    const result = await this.intakes.handle(
      intakeId,
      { type: 'AddIntakePerson', personId, callSign: dto.callSign, identity, priorService },
      ctx,
    );
    return { id: intakeId, version: result.version, personId, memberId: intakeMemberId(intakeId, personId) };
  }
}

@CrewIntakeRoute()
export class AddIntakePersonController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':intakeId/people')
  @Roles('hr', 'admin')
  @ApiOperation({ summary: 'Add a person of the crew, with their identity (sealed at once) and prior service' })
  @ApiCreatedResponse({ type: AddIntakePersonResult })
  add(
    @Param() { intakeId }: IntakeIdParam,
    @Body() dto: AddIntakePersonDto,
    @Command() ctx: CommandContext,
  ): Promise<AddIntakePersonResult> {
    return this.commands.execute(new AddIntakePerson(intakeId, dto, ctx));
  }
}
