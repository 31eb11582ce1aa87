import { runService } from '@muster/platform';
import { AppModule, equipmentService } from './app.module';

void runService(AppModule, equipmentService);
