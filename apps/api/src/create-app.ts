import { AppConfig, createLogger, NestPinoLogger, ResolvedSettings, trustedProxies } from '@app/config';
import { validationExceptionFactory } from '@app/shared';
import { DynamicModule, Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { ApiExceptionFilter } from './errors/http-exception.filter';
import { refuseUnreadableGraphqlRequests } from './edge/graphql-request-shape';
import { rejectUnstorableText } from './edge/unstorable-text';
import { registerRateLimits } from './edge/rate-limits';
import { RequestLog } from './edge/request-log';
import { mountWebSite } from './web-site/web-site';

export interface CreateAppOptions {
  /** Modules mounted beside the application's own: the benchmark adds its floor routes this way. */
  extraModules?: Array<Type | DynamicModule>;
  /** Where log lines go instead of standard output: the tests read what the app logs. */
  logDestination?: DestinationStream;
}

/** Builds the HTTP application; shared by `npm start`, the e2e tests and the benchmark so all three run the same app. */
export async function createApp(
  settings: ResolvedSettings,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = createLogger(settings.environment, options.logDestination);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(settings, options.extraModules),
    new FastifyAdapter({
      trustProxy: trustedProxies(settings.environment),
      bodyLimit: 256 * 1024,
      loggerInstance: logger,
      logController: new RequestLog(),
    }),
    { logger: new NestPinoLogger(logger) },
  );
  app.useGlobalFilters(new ApiExceptionFilter());
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preValidation', refuseUnreadableGraphqlRequests);
  fastify.addHook('preValidation', rejectUnstorableText);
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await registerRateLimits(app, config.rateLimits);
  if (config.apiDocs) setUpOpenApi(app);
  await mountWebSite(app, { ...config.web, production: config.nodeEnv === 'production' });
  return app;
}

function setUpOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Affirming Care Directory')
    .setDescription(
      'Vetted LGBTQ+-affirming, trauma-informed gynecologists and primary care providers. GraphQL at /graphql.',
    )
    .setVersion('1')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: 'api/docs/json',
  });
}
