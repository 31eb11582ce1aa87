import { DemoSummary } from '@muster/demo';
import { RunningConsole } from '@muster/infra';
import { Page } from 'playwright-core';
import { RunningService } from '../muster';
import { Language } from './browser';

export type Services = Record<'personnel' | 'centres' | 'equipment' | 'training', RunningService>;

/**
 * The console spec's running world, for flows kept in files of their own (each exports a function that declares its
 * `it`s and is called inside the spec's `describe`): one broker, four services, one demo load and one browser for all.
 */
export interface ConsoleEnv {
  readonly services: Services;
  readonly demo: DemoSummary;
  readonly gateway: RunningConsole;
  /** The spec's own broker, for services a flow starts itself. */
  readonly brokers: string;
  /** A fresh browser context in this language, nobody signed in. */
  blank(language: Language): Promise<Page>;
  /** A fresh browser context in this language, signed in as the persona (a commander with their centre). */
  open(language: Language, persona: string, centreId?: string): Promise<Page>;
  /** No serious or critical axe-core violation on the page as it is now. */
  expectAccessible(page: Page): Promise<void>;
  /** A demo centre's id by its code (ALP-01, HMS-02…). */
  idOf(code: string): string;
}
