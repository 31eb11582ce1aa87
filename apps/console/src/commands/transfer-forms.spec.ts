import { describe, expect, it } from 'vitest';
import { transferPlanForm } from './forms';

const TODAY = '2026-03-10';
const NOW = new Date(`${TODAY}T09:41:00`);
const FROM = '3f6c1b2a-9d4e-4c1f-8a7b-6e5d4c3b2a19';
const TO = '7d2e4c1a-3b5f-4a6e-8c9d-0e1f2a3b4c5d';
const MEMBER = '0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b';
const OTHER = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const VEHICLE = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';

describe('a base transfer’s plan', () => {
  it('from one centre to another, someone or something to move, the day and why', () => {
    const empty = transferPlanForm.defaults(TODAY, NOW);
    expect(empty).toMatchObject({ vehicleIds: [], memberIds: '', plannedOn: TODAY });
    expect(transferPlanForm.validate(empty, TODAY)).toEqual({
      fromCentreId: 'transfers.plan.required',
      toCentreId: 'transfers.plan.required',
      reason: 'transfers.plan.required',
      vehicleIds: 'transfers.plan.nothingToMove',
    });
    const plan = { ...empty, fromCentreId: FROM, toCentreId: TO, reason: ' Into the outpost ', vehicleIds: [VEHICLE] };
    expect(transferPlanForm.validate(plan, TODAY)).toEqual({});
    expect(transferPlanForm.validate({ ...plan, toCentreId: FROM }, TODAY)).toEqual({
      toCentreId: 'transfers.plan.sameCentre',
    });
    expect(transferPlanForm.validate({ ...plan, memberIds: `${MEMBER}, Abu Khaled` }, TODAY)).toEqual({
      memberIds: 'transfers.plan.memberIds',
    });
    // Members only is a plan too; ids as written, each once, whatever separates them.
    expect(
      transferPlanForm.body({ ...plan, vehicleIds: [], memberIds: ` ${MEMBER}\n${OTHER}، ${MEMBER} ` }, NOW),
    ).toEqual({
      fromCentreId: FROM,
      toCentreId: TO,
      memberIds: [MEMBER, OTHER],
      vehicleIds: [],
      plannedOn: TODAY,
      reason: 'Into the outpost',
    });
    // A plan may be for a later day.
    expect(transferPlanForm.validate({ ...plan, plannedOn: '2026-04-01' }, TODAY)).toEqual({});
  });
});
