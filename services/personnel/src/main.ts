import { runService } from '@muster/platform';
import { AppModule, personnelService } from './app.module';

void runService(AppModule, personnelService);
