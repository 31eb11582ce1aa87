import { Module } from '@nestjs/common';
import { MemberModule } from '../member/member.module';
import { AddIntakePersonController, AddIntakePersonHandler } from './commands/add-intake-person/add-intake-person';
import { CancelCrewIntakeRoute } from './commands/cancel-crew-intake/cancel-crew-intake';
import { CompleteCrewIntakeRoute } from './commands/complete-crew-intake/complete-crew-intake';
import { MapPriorRanksRoute } from './commands/map-prior-ranks/map-prior-ranks';
import { OpenCrewIntakeRoute } from './commands/open-crew-intake/open-crew-intake';
import { VetIntakePersonRoute } from './commands/vet-intake-person/vet-intake-person';
import { crewIntakeAggregate } from './crew-intake.aggregate';
import { CrewIntakeStories, CrewIntakeStoryController } from './queries/crew-intake-story';

@Module({
  imports: [MemberModule],
  controllers: [
    CrewIntakeStoryController,
    // Use cases: one line each.
    OpenCrewIntakeRoute,
    AddIntakePersonController,
    VetIntakePersonRoute,
    MapPriorRanksRoute,
    CompleteCrewIntakeRoute,
    CancelCrewIntakeRoute,
  ],
  providers: [crewIntakeAggregate.handler, AddIntakePersonHandler, CrewIntakeStories],
})
export class CrewIntakeModule {}
