import { join } from 'node:path';
import { describeServiceBasics } from '@muster/service-testing';
import { AppModule, equipmentService } from '../src/app.module';

describeServiceBasics(AppModule, equipmentService, join(__dirname, '..', 'src', 'main.ts'));
