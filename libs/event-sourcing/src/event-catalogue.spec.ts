import { EventCatalogue, RecordedEvent, RecordedOf, Upcaster, defineEventCatalogue } from './index';

type Opened = { type: 'HoseOpened'; data: { by: string } };
type Closed = { type: 'HoseClosed'; data: { litres: number } };
type HoseEvent = Opened | Closed;

const closedV1ToV2: Upcaster<{ gallons: number }, { litres: number }> = {
  type: 'HoseClosed',
  fromVersion: 1,
  upcast: ({ gallons }) => ({ litres: gallons * 4.546 }),
};

const hose: EventCatalogue<HoseEvent> = defineEventCatalogue<HoseEvent>({
  streamType: 'hose',
  schemaVersions: { HoseOpened: 1, HoseClosed: 2 },
  upcasters: [closedV1ToV2],
});

function recorded(overrides: Partial<RecordedEvent>): RecordedEvent {
  return {
    id: 'e-1',
    streamId: 'hose-1',
    streamType: 'hose',
    streamVersion: 1,
    globalPosition: '1',
    type: 'HoseOpened',
    schemaVersion: 1,
    data: { by: 'ada' },
    metadata: { actorId: 'u-1', actorRoles: [], correlationId: 'c-1' },
    occurredAt: '2025-01-01T00:00:00.000Z',
    recordedAt: '2025-01-01T00:00:00.000Z',
    hash: 'h',
    previousHash: null,
    ...overrides,
  };
}

/** What a projection would do with a narrowed event: the switch narrows `data` without a cast. */
function summary(event: RecordedOf<HoseEvent>): string {
  switch (event.type) {
    case 'HoseOpened':
      return `opened by ${event.data.by}`;
    case 'HoseClosed':
      return `closed after ${event.data.litres} l`;
  }
}

describe('event catalogue', () => {
  it('narrows an event of its stream type and types to the typed union', () => {
    const event = hose.narrow(recorded({}));
    expect(event && summary(event)).toBe('opened by ada');
    const closed = hose.narrow(recorded({ type: 'HoseClosed', schemaVersion: 2, data: { litres: 3 } }));
    expect(closed && summary(closed)).toBe('closed after 3 l');
  });

  it('passes over events of other stream types, unknown types, and types not asked for', () => {
    expect(hose.narrow(recorded({ streamType: 'ladder', streamId: 'ladder-1' }))).toBeUndefined();
    expect(hose.narrow(recorded({ type: 'HoseKinked' }))).toBeUndefined();
    expect(hose.narrow(recorded({}), ['HoseClosed'])).toBeUndefined();
    const closed = hose.narrow(recorded({ type: 'HoseClosed', schemaVersion: 2, data: { litres: 3 } }), ['HoseClosed']);
    expect(closed?.data.litres).toBe(3); // only HoseClosed: `data` is its shape without a switch
  });

  it('refuses an event at another schema version than declared: its data is not the declared shape', () => {
    expect(() => hose.narrow(recorded({ type: 'HoseClosed', schemaVersion: 1, data: { gallons: 1 } }))).toThrow(
      'HoseClosed e-1 of hose-1 reads at schema version 1, but the hose catalogue declares 2',
    );
  });

  it('keeps what it was defined with, for the store and the pin test', () => {
    expect(hose.streamType).toBe('hose');
    expect(hose.schemaVersions).toEqual({ HoseOpened: 1, HoseClosed: 2 });
    expect(hose.upcasters).toEqual([closedV1ToV2]);
  });

  it('refuses, when defined, upcasters that do not lead to the declared version', () => {
    const define = (schemaVersions: Record<HoseEvent['type'], number>, upcasters: Upcaster[]) => () =>
      defineEventCatalogue<HoseEvent>({ streamType: 'hose', schemaVersions, upcasters });
    const closedV2ToV3: Upcaster = { type: 'HoseClosed', fromVersion: 2, upcast: (data) => data };
    expect(define({ HoseOpened: 1, HoseClosed: 1 }, [closedV1ToV2])).toThrow(
      'hose catalogue: HoseClosed is written at schema version 1, so it needs one upcaster from each version below it; it has upcasters from [1]',
    );
    expect(define({ HoseOpened: 1, HoseClosed: 3 }, [closedV1ToV2])).toThrow('it has upcasters from [1]');
    expect(define({ HoseOpened: 1, HoseClosed: 3 }, [closedV2ToV3])).toThrow('it has upcasters from [2]');
    expect(define({ HoseOpened: 1, HoseClosed: 3 }, [closedV2ToV3, closedV1ToV2])).not.toThrow();
    expect(define({ HoseOpened: 0, HoseClosed: 2 }, [closedV1ToV2])).toThrow(
      'HoseOpened has schema version 0, not a whole number >= 1',
    );
    expect(
      define({ HoseOpened: 1, HoseClosed: 2 }, [
        closedV1ToV2,
        { type: 'HoseCoiled', fromVersion: 1, upcast: (data) => data },
      ]),
    ).toThrow('hose catalogue: an upcaster for HoseCoiled, which it does not hold');
  });
});
