import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ConfigurationError, environmentOf, ServiceEnvironment } from './config/environment';
import { migrateDatabase } from './database/migrate';
import { bodyErrors, jsonBody, requireJsonContentType, requireWellFormedText } from './http/body';
import { SERVICE_ENVIRONMENT, ServiceDefinition } from './service-definition';

/** The application as it serves: the same for `main.ts` and for HTTP tests (which do not listen on a port). */
export async function createServiceApp(
  appModule: Type<unknown>,
  definition: ServiceDefinition,
): Promise<INestApplication> {
  const app = await NestFactory.create(appModule, { bufferLogs: true, bodyParser: false, abortOnError: false });
  const env = app.get<ServiceEnvironment>(SERVICE_ENVIRONMENT);
  app.useLogger(app.get(Logger));
  app.use(helmet());
  app.use(requireJsonContentType, jsonBody(env.BODY_LIMIT_KB), bodyErrors(env.BODY_LIMIT_KB), requireWellFormedText);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`Muster ${definition.name}`)
      .setDescription(definition.title)
      .setVersion('1')
      .addBearerAuth()
      .addSecurityRequirements('bearer')
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  await app.init();
  return app;
}

async function migrate(definition: ServiceDefinition): Promise<void> {
  // Migrations need the platform's settings only: the migrate step is not given a service's secrets (personnel's KEK).
  const applied = await migrateDatabase(definition, environmentOf({ ...definition, environment: ServiceEnvironment }));
  process.stdout.write(`${definition.name}: ${applied} migration(s) applied\n`);
}

/**
 * On SIGTERM or SIGINT: stop taking requests, finish in-flight work (the relay's current batch, the consumer's current
 * message), close the database pool, then exit 0 — or exit 1 if that takes longer than 20 seconds.
 */
function stopGracefully(app: INestApplication, logger: Logger): void {
  const stop = (signal: NodeJS.Signals): void => {
    logger.log(`${signal} received: stopping`);
    const deadline = setTimeout(() => process.exit(1), 20_000);
    deadline.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/**
 * `main.ts`: starts the service, or with the argument `migrate` only runs its migrations. A bad setting stops it
 * with exit code 1 and a message naming the setting.
 */
export async function runService(appModule: Type<unknown>, definition: ServiceDefinition): Promise<void> {
  try {
    if (process.argv.includes('migrate')) {
      await migrate(definition);
      return;
    }
    // Validated before Nest starts, so a bad setting ends in one clear message rather than a framework trace.
    const env = environmentOf(definition);
    const app = await createServiceApp(appModule, definition);
    await app.listen(env.PORT, env.HOST);
    const logger = app.get(Logger);
    logger.log(`muster-${definition.name} listening on http://${env.HOST}:${env.PORT} (docs at /docs)`);
    if (!env.JWT_JWKS_URL)
      logger.warn('accepting HS256 development tokens signed with JWT_SECRET: production requires JWT_JWKS_URL');
    stopGracefully(app, logger);
  } catch (error) {
    const message =
      error instanceof ConfigurationError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    process.stderr.write(`muster-${definition.name} did not start. ${message}\n`);
    process.exit(1);
  }
}
