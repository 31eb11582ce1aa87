import { join } from 'node:path';
import { describeServiceBasics } from '@muster/service-testing';
import { AppModule, personnelService } from '../src/app.module';

describeServiceBasics(AppModule, personnelService, join(__dirname, '..', 'src', 'main.ts'));
