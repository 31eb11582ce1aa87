import { Module } from '@nestjs/common';
import { SERVICE_PORTS } from '@muster/contracts';
import { PlatformModule, ServiceDefinition } from '@muster/platform';
import { PersonnelEnvironment } from './config/personnel-environment';
import { CrewIntakeModule } from './crew-intake/crew-intake.module';
import { personnelCatalogues } from './event-catalogue';
import { IdentityExportModule } from './identity-export/identity-export.module';
import { IdentityExports1767300000500 } from './identity-export/projections/identity-exports/identity-exports.migration';
import { identityExportsProjection } from './identity-export/projections/identity-exports/identity-exports.projection';
import { MemberModule } from './member/member.module';
import { MemberInductions1767300000300 } from './member/projections/inductions/member-inductions.migration';
import { MemberInductions, MemberInductionsModule } from './member/projections/inductions/member-inductions';
import { onCentreBaseTransferCompleted } from './member/reactions/on-centre-base-transfer-completed';
import { onCrewIntakeCompleted } from './member/reactions/on-crew-intake-completed';
import { AssignmentReasons1767300000650 } from './member/projections/member-profile/assignment-reasons.migration';
import { MemberProfiles1767300000100 } from './member/projections/member-profile/member-profiles.migration';
import { memberProfileProjection } from './member/projections/member-profile/member-profile.projection';
import { NameSearchIndex1767300000200 } from './member/projections/name-search/name-search-index.migration';
import { NameSearchTerms1767300000400 } from './member/projections/name-search/name-search-terms.migration';
import { nameSearchProjection } from './member/projections/name-search/name-search.projection';
import { shredOnErasure, shredWhenIntakeCloses } from './vault/shred-on-erasure.hook';
import { IdentityKeys1767300000000 } from './vault/identity-keys.migration';
import { KeyVersions1767300000610 } from './vault/key-versions.migration';
import { keyringOf } from './vault/keyring';

export const personnelService: ServiceDefinition<PersonnelEnvironment> = {
  name: 'personnel',
  title:
    'Volunteers and integrated crews: applications, vetting, onboarding, transfers, line-of-duty records and protected identities.',
  defaultPort: SERVICE_PORTS.personnel,
  environment: PersonnelEnvironment,
  migrations: [
    IdentityKeys1767300000000,
    MemberProfiles1767300000100,
    NameSearchIndex1767300000200,
    MemberInductions1767300000300,
    NameSearchTerms1767300000400,
    IdentityExports1767300000500,
    KeyVersions1767300000610,
    AssignmentReasons1767300000650,
  ],
  catalogues: personnelCatalogues,
  appendHooks: (env) => [
    memberProfileProjection,
    nameSearchProjection(keyringOf(env)),
    identityExportsProjection,
    shredOnErasure,
    shredWhenIntakeCloses,
  ],
  reactions: [onCrewIntakeCompleted, onCentreBaseTransferCompleted],
  consumes: { from: ['training'], handlers: MemberInductions },
  knowsCentres: true,
};

@Module({
  imports: [
    PlatformModule.forService(personnelService),
    MemberModule,
    CrewIntakeModule,
    IdentityExportModule,
    MemberInductionsModule,
  ],
})
export class AppModule {}
