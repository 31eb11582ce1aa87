import { startTestService, TestService } from '@muster/service-testing';
import { AppModule, trainingService } from '../src/app.module';

describe('adding a course through the API', () => {
  let service: TestService;
  let training: string;

  beforeAll(async () => {
    service = await startTestService(AppModule, trainingService);
    training = await service.auth(['training']);
  });
  afterAll(async () => service?.close());

  const course = { code: 'FF-101', nameAr: 'أساسيات الإطفاء', nameEn: 'Firefighting basics', hours: 40 };
  const add = (body: object, token = training) =>
    service.http().post('/courses').set('Authorization', token).send(body);

  it('adds a course: 201, its id and version 1 (also as the ETag), CourseAdded in its stream', async () => {
    const res = await add(course).expect(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1 });
    expect(res.headers['etag']).toBe('"1"');

    const stream = await service
      .http()
      .get(`/audit/streams/course-${res.body.id}`)
      .set('Authorization', await service.auth(['auditor']))
      .expect(200);
    expect(stream.body.events).toMatchObject([
      { type: 'CourseAdded', schemaVersion: 1, data: { courseId: res.body.id, ...course } },
    ]);
  });

  it('lets an admin add one too', async () => {
    await add({ ...course, code: 'FA-100' }, await service.auth(['admin'])).expect(201);
  });

  it('refuses bad input with 400 VALIDATION_FAILED', async () => {
    for (const body of [
      { ...course, code: 'ff_101' },
      { ...course, nameAr: 'Firefighting basics' },
      { ...course, nameEn: 'أساسيات الإطفاء' },
      { ...course, hours: 0 },
      { ...course, hours: 2.5 },
      { ...course, hours: '40' },
      { ...course, hours: 1001 },
      { ...course, level: 'basic' },
    ]) {
      expect((await add(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses a caller from neither training nor admin (403)', async () => {
    expect((await add(course, await service.auth(['hr'])).expect(403)).body.code).toBe('AUTH_FORBIDDEN_ROLE');
  });
});
