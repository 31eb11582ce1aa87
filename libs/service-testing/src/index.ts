export { startTestService, testBearer, TEST_JWT_SECRET } from './service-app';
export type { TestService } from './service-app';
export { describeServiceBasics } from './service-basics';
export { spawnService } from './service-process';
export type { ServiceProcess } from './service-process';
export { envelopeOf, publish } from './envelopes';
export { knownCentre, makeCentresKnown } from './known-centres';
export { readsWithoutSchema } from './openapi-reads';
export type { OpenApiDocument, OpenApiSchema } from './openapi-reads';
