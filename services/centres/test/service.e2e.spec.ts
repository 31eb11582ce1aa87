import { join } from 'node:path';
import { describeServiceBasics } from '@muster/service-testing';
import { AppModule, centresService } from '../src/app.module';

describeServiceBasics(AppModule, centresService, join(__dirname, '..', 'src', 'main.ts'));
