import { runService } from '@muster/platform';
import { AppModule, trainingService } from './app.module';

void runService(AppModule, trainingService);
