import { join } from 'node:path';
import { describeServiceBasics } from '@muster/testing';
import { AppModule, centresService } from '../src/app.module';

describeServiceBasics(AppModule, centresService, join(__dirname, '..', 'src', 'main.ts'));
