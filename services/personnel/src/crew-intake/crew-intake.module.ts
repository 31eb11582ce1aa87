import { Module } from '@nestjs/common';
import { MemberModule } from '../member/member.module';
import { AddIntakePersonController, AddIntakePersonHandler } from './commands/add-intake-person/add-intake-person';
import { CancelCrewIntakeController, CancelCrewIntakeHandler } from './commands/cancel-crew-intake/cancel-crew-intake';
import {
  CompleteCrewIntakeController,
  CompleteCrewIntakeHandler,
} from './commands/complete-crew-intake/complete-crew-intake';
import { MapPriorRanksController, MapPriorRanksHandler } from './commands/map-prior-ranks/map-prior-ranks';
import { OpenCrewIntakeController, OpenCrewIntakeHandler } from './commands/open-crew-intake/open-crew-intake';
import { VetIntakePersonController, VetIntakePersonHandler } from './commands/vet-intake-person/vet-intake-person';
import { CrewIntakeRecords } from './crew-intake-records';
import { CrewIntakeStories, CrewIntakeStoryController } from './queries/crew-intake-story';

@Module({
  imports: [MemberModule],
  controllers: [
    CrewIntakeStoryController,
    OpenCrewIntakeController,
    AddIntakePersonController,
    VetIntakePersonController,
    MapPriorRanksController,
    CompleteCrewIntakeController,
    CancelCrewIntakeController,
  ],
  providers: [
    CrewIntakeRecords,
    CrewIntakeStories,
    OpenCrewIntakeHandler,
    AddIntakePersonHandler,
    VetIntakePersonHandler,
    MapPriorRanksHandler,
    CompleteCrewIntakeHandler,
    CancelCrewIntakeHandler,
  ],
})
export class CrewIntakeModule {}
