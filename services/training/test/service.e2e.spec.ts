import { join } from 'node:path';
import { describeServiceBasics } from '@muster/service-testing';
import { AppModule, trainingService } from '../src/app.module';

describeServiceBasics(AppModule, trainingService, join(__dirname, '..', 'src', 'main.ts'));
