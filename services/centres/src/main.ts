import { runService } from '@muster/platform';
import { AppModule, centresService } from './app.module';

void runService(AppModule, centresService);
