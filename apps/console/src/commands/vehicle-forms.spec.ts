import { describe, expect, it } from 'vitest';
import {
  checkForm,
  diversionForm,
  emptyPart,
  odometerCorrectionForm,
  repairWorkForm,
  serviceForm,
  turnBackForm,
} from './forms';

const TODAY = '2026-03-10';
const NOW = new Date(`${TODAY}T09:41:00`);
const CENTRE = '3f6c1b2a-9d4e-4c1f-8a7b-6e5d4c3b2a19';
const DONOR = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

describe('a vehicle’s commands', () => {
  it('a diversion names the new destination and why; a turn back says why', () => {
    expect(diversionForm.validate(diversionForm.defaults(TODAY, NOW), TODAY)).toEqual({
      toCentreId: 'vehicle.divert.required',
      reason: 'vehicle.divert.required',
    });
    expect(diversionForm.body({ toCentreId: CENTRE, reason: ' Road cut by shelling ' }, NOW)).toEqual({
      toCentreId: CENTRE,
      reason: 'Road cut by shelling',
    });
    expect(turnBackForm.validate({ reason: '  ' }, TODAY)).toEqual({ reason: 'vehicle.turnBack.reasonRequired' });
    expect(turnBackForm.body({ reason: ' Needed back for a fire ' }, NOW)).toEqual({
      reason: 'Needed back for a fire',
    });
  });

  it('repair work: what was done, each part whole and priced, the labour in a currency, who paid, not before the order', () => {
    const form = repairWorkForm('2026-03-05');
    const empty = form.defaults(TODAY, NOW);
    expect(empty).toMatchObject({ parts: [], currency: 'USD', donorId: '', recordedOn: TODAY });
    expect(form.validate(empty, TODAY)).toEqual({
      workDone: 'vehicle.work.required',
      labourCost: 'form.money',
      funding: 'vehicle.work.fundingRequired',
    });
    const work = {
      ...empty,
      workDone: ' Radiator replaced ',
      parts: [{ description: ' Radiator ', quantity: '1', unitCost: '180.5' }],
      labourCost: '40',
      funding: ' Maintenance grant 2026 ',
    };
    expect(form.validate(work, TODAY)).toEqual({});
    expect(form.validate({ ...work, parts: [...work.parts, emptyPart()] }, TODAY)).toEqual({
      parts: 'vehicle.work.part',
    });
    expect(form.validate({ ...work, parts: [{ description: 'Hose', quantity: '1.5', unitCost: '3' }] }, TODAY)).toEqual(
      { parts: 'vehicle.work.part' },
    );
    expect(form.validate({ ...work, labourCost: '40.125', currency: 'dollars' }, TODAY)).toEqual({
      labourCost: 'form.money',
      currency: 'form.money',
    });
    expect(form.validate({ ...work, recordedOn: '2026-03-04' }, TODAY)).toEqual({
      recordedOn: 'vehicle.work.beforeOpened',
    });
    expect(form.validate({ ...work, recordedOn: '2026-03-11' }, TODAY)).toEqual({ recordedOn: 'command.notInFuture' });
    expect(form.body({ ...work, currency: 'eur' }, NOW)).toEqual({
      workDone: 'Radiator replaced',
      parts: [{ description: 'Radiator', quantity: 1, unitCost: 180.5 }],
      labourCost: 40,
      currency: 'EUR',
      fundingSource: { donorId: null, description: 'Maintenance grant 2026' },
      recordedOn: TODAY,
    });
    expect(form.body({ ...work, donorId: DONOR }, NOW).fundingSource).toEqual({
      donorId: DONOR,
      description: 'Maintenance grant 2026',
    });
  });

  it('a check: every item of the kind’s checklist marked, the odometer not below the last reading', () => {
    const form = checkForm({ daily: ['tyres', 'brakes'], weekly: ['seatbelts'] }, 120_000);
    const empty = form.defaults(TODAY, NOW);
    expect(empty).toMatchObject({ kind: 'daily', performedAt: `${TODAY}T09:41`, items: {} });
    expect(form.validate(empty, TODAY)).toEqual({ odometerKm: 'form.odometer', items: 'vehicle.check.everyItem' });
    const check = {
      ...empty,
      odometerKm: '120050',
      items: { tyres: 'passed' as const, brakes: 'failed' as const },
      notes: { brakes: ' Pedal soft ', tyres: '' },
    };
    expect(form.validate(check, TODAY)).toEqual({});
    expect(form.validate({ ...check, odometerKm: '119999' }, TODAY)).toEqual({ odometerKm: 'form.odometer' });
    expect(form.validate({ ...check, engineHours: '4001.25' }, TODAY)).toEqual({ engineHours: 'form.engineHours' });
    expect(form.validate({ ...check, items: { tyres: 'passed', brakes: '' } }, TODAY)).toEqual({
      items: 'vehicle.check.everyItem',
    });
    // The weekly checklist is another: the daily marks do not cover it.
    expect(form.validate({ ...check, kind: 'weekly' }, TODAY)).toEqual({ items: 'vehicle.check.everyItem' });
    expect(form.validate({ ...check, performedAt: '2026-03-11T07:00' }, TODAY)).toEqual({
      performedAt: 'command.notInFuture',
    });
    expect(form.body({ ...check, engineHours: '4001.5' }, NOW)).toEqual({
      kind: 'daily',
      performedAt: new Date(`${TODAY}T09:41`).toISOString(),
      odometerKm: 120_050,
      engineHours: 4001.5,
      items: [
        { code: 'tyres', passed: true },
        { code: 'brakes', passed: false, note: 'Pedal soft' },
      ],
    });
  });

  it('a service: the day, the odometer not below the last reading, the work done', () => {
    const form = serviceForm(120_000);
    expect(form.validate(form.defaults(TODAY, NOW), TODAY)).toEqual({
      odometerKm: 'form.odometer',
      workDone: 'vehicle.service.required',
    });
    const service = { servicedOn: TODAY, odometerKm: '119000', workDone: ' Oil and filters ' };
    expect(form.validate(service, TODAY)).toEqual({ odometerKm: 'form.odometer' });
    expect(form.validate({ ...service, odometerKm: '120100', servicedOn: '2026-03-11' }, TODAY)).toEqual({
      servicedOn: 'command.notInFuture',
    });
    expect(form.body({ ...service, odometerKm: '120100' }, NOW)).toEqual({
      servicedOn: TODAY,
      odometerKm: 120_100,
      workDone: 'Oil and filters',
    });
  });

  it('an odometer correction: a reading other than the one on record (lower is the point), and why', () => {
    const form = odometerCorrectionForm(120_050);
    expect(form.validate(form.defaults(TODAY, NOW), TODAY)).toEqual({
      correctedKm: 'vehicle.odometer.reading',
      reason: 'vehicle.odometer.reasonRequired',
    });
    expect(form.validate({ correctedKm: '120050', reason: 'Mistyped' }, TODAY)).toEqual({
      correctedKm: 'vehicle.odometer.unchanged',
    });
    expect(form.validate({ correctedKm: '-5', reason: 'Mistyped' }, TODAY)).toEqual({
      correctedKm: 'vehicle.odometer.reading',
    });
    expect(form.body({ correctedKm: '12050', reason: ' Mistyped at dispatch ' }, NOW)).toEqual({
      correctedKm: 12_050,
      reason: 'Mistyped at dispatch',
    });
  });
});
