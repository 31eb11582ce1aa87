import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BLOOD_TYPES, BloodType, MemberIdentity, NameParts } from '../../identity';
import { IsCalendarDate, Text } from '@muster/platform';

const ARABIC_NAME = /^(?:[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF' -]|\p{Mn})+$/u;
const LATIN_NAME = /^[A-Za-z\u00C0-\u024F'’ .-]+$/;

function NamePart(script: RegExp, label: string, optional: boolean): PropertyDecorator {
  const message = `must be written in ${label} letters only (1–60)`;
  return (target: object, key: string | symbol) => {
    if (optional) ApiPropertyOptional({ type: String, nullable: true, maxLength: 60 })(target, key);
    else ApiProperty({ type: String, maxLength: 60 })(target, key);
    if (optional) IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(60)(target, key);
    Matches(script, { message: `${String(key)} ${message}` })(target, key);
  };
}

export class ArabicNamePartsDto {
  @NamePart(ARABIC_NAME, 'Arabic', false) own!: string;
  @NamePart(ARABIC_NAME, 'Arabic', true) father?: string | null;
  @NamePart(ARABIC_NAME, 'Arabic', true) grandfather?: string | null;
  @NamePart(ARABIC_NAME, 'Arabic', true) family?: string | null;
}

export class LatinNamePartsDto {
  @NamePart(LATIN_NAME, 'Latin', false) own!: string;
  @NamePart(LATIN_NAME, 'Latin', true) father?: string | null;
  @NamePart(LATIN_NAME, 'Latin', true) grandfather?: string | null;
  @NamePart(LATIN_NAME, 'Latin', true) family?: string | null;
}

export class PersonNameDto {
  @ApiPropertyOptional({ type: ArabicNamePartsDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ArabicNamePartsDto)
  arabic?: ArabicNamePartsDto | null;

  @ApiPropertyOptional({ type: LatinNamePartsDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LatinNamePartsDto)
  latin?: LatinNamePartsDto | null;
}

export class DateOfBirthDto {
  @ApiProperty({ enum: ['date', 'year'] })
  @IsIn(['date', 'year'])
  kind!: 'date' | 'year';

  @ValidateIf((d: DateOfBirthDto) => d.kind === 'date')
  @IsCalendarDate({ required: false })
  date?: string;

  @ApiPropertyOptional({ minimum: 1901, maximum: 2099 })
  @ValidateIf((d: DateOfBirthDto) => d.kind === 'year')
  @IsInt()
  @Min(1901)
  @Max(2099)
  year?: number;
}

export class EmergencyContactDto {
  @Text(120) name!: string;
  @Text(60) relation!: string;
  @ApiProperty({ example: '+963 944 000 000' })
  @IsString()
  @Matches(/^\+?[0-9 ()-]{5,30}$/, { message: 'phone must be 5–30 digits, spaces, ( ) - and an optional leading +' })
  phone!: string;
}

/** A legal identity as HR types it in. It is sealed before anything is stored, and never logged. */
export class MemberIdentityDto {
  @ApiProperty({ type: PersonNameDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PersonNameDto)
  name!: PersonNameDto;

  @ApiPropertyOptional({ type: DateOfBirthDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DateOfBirthDto)
  dateOfBirth?: DateOfBirthDto | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9 /-]{1,40}$/, { message: 'nationalId must be 1–40 letters, digits, spaces, / or -' })
  nationalId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{5,30}$/, { message: 'phone must be 5–30 digits, spaces, ( ) - and an optional leading +' })
  phone?: string | null;

  @IsOptional()
  @Text(120, { required: false, nullable: true })
  homeArea?: string | null;

  @ApiPropertyOptional({ type: EmergencyContactDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EmergencyContactDto)
  emergencyContact?: EmergencyContactDto | null;

  @ApiPropertyOptional({ enum: BLOOD_TYPES, nullable: true })
  @IsOptional()
  @IsIn(BLOOD_TYPES)
  bloodType?: BloodType | null;
}

const parts = (p: ArabicNamePartsDto | LatinNamePartsDto | null | undefined): NameParts | null =>
  p
    ? {
        own: p.own.trim(),
        father: p.father?.trim() || null,
        grandfather: p.grandfather?.trim() || null,
        family: p.family?.trim() || null,
      }
    : null;

/** The validated DTO as the identity value the vault seals. */
export function toMemberIdentity(dto: MemberIdentityDto): MemberIdentity {
  const dob = dto.dateOfBirth;
  return {
    name: { arabic: parts(dto.name.arabic), latin: parts(dto.name.latin) },
    dateOfBirth: !dob
      ? null
      : dob.kind === 'date'
        ? { kind: 'date', date: dob.date ?? '' }
        : { kind: 'year', year: dob.year ?? 0 },
    nationalId: dto.nationalId ?? null,
    phone: dto.phone ?? null,
    homeArea: dto.homeArea ?? null,
    emergencyContact: dto.emergencyContact ? { ...dto.emergencyContact } : null,
    bloodType: dto.bloodType ?? null,
  };
}
