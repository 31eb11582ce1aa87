import { RecordedOf } from '@muster/event-sourcing';
import { recordedStream } from '@muster/event-sourcing/testing';
import { courseCatalogue } from '../../domain/course.catalogue';
import { CourseEvent } from '../../domain/course.events';
import { COURSE, courseAdded } from '../../domain/decisions/spec-support';
import { CourseView, evolveCourseView } from './course-view';

const recorded = (events: readonly CourseEvent[]): RecordedOf<CourseEvent>[] =>
  recordedStream(courseCatalogue, COURSE, events, {
    actorId: 'training-1',
    actorRoles: ['training'],
    at: '2026-01-15T09:00:00.000Z',
  });
const viewAfter = (...events: CourseEvent[]): CourseView | null =>
  recorded(events).reduce<CourseView | null>(evolveCourseView, null);

describe('course catalogue read model', () => {
  const revised: CourseEvent = {
    type: 'CourseRevised',
    data: { ...courseAdded.data, hours: 32, passMark: 75, revisedOn: '2026-01-10', reason: 'Night driving added' },
  };

  it('shows the current terms and keeps each earlier version with the day it was replaced and why', () => {
    const { courseId: _id, code: _code, ...first } = courseAdded.data;
    expect(viewAfter(courseAdded, revised)).toMatchObject({
      code: 'DD-201',
      hours: 32,
      passMark: 75,
      revisedOn: '2026-01-10',
      version: 2,
      retired: null,
      history: [{ ...first, replacedOn: '2026-01-10', reason: 'Night driving added' }],
    });
  });

  it('keeps a retired course with the day and why', () => {
    const retired: CourseEvent = {
      type: 'CourseRetired',
      data: { courseId: COURSE, retiredOn: '2026-02-01', reason: 'Replaced' },
    };
    expect(viewAfter(courseAdded, retired)?.retired).toEqual({ on: '2026-02-01', reason: 'Replaced' });
  });
});
