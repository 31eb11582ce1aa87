import { describe, expect, it } from 'vitest';
import { fuelDeliveryForm, fuelIssueForm } from './forms';

const TODAY = '2026-03-10';
const NOW = new Date(`${TODAY}T09:41:00`);
const MEMBER = '0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b';
const DONOR = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const GENERATOR = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';

describe('the fuel ledger’s forms', () => {
  it('a delivery from a donor of the register needs no supplier; from neither, it is refused', () => {
    const empty = fuelDeliveryForm.defaults(TODAY, NOW);
    expect(empty.donorId).toBe('');
    const delivery = { ...empty, litres: '2000', receivedBy: MEMBER };
    expect(fuelDeliveryForm.validate(delivery, TODAY)).toEqual({ supplier: 'form.required' });
    expect(fuelDeliveryForm.validate({ ...delivery, donorId: DONOR }, TODAY)).toEqual({});
    expect(fuelDeliveryForm.body({ ...delivery, donorId: DONOR }, NOW)).toMatchObject({
      litres: 2000,
      supplier: null,
      donorId: DONOR,
    });
    // Both: bought from a supplier, paid by a donor.
    expect(fuelDeliveryForm.body({ ...delivery, donorId: DONOR, supplier: ' Idlib Fuel Co. ' }, NOW)).toMatchObject({
      supplier: 'Idlib Fuel Co.',
      donorId: DONOR,
    });
  });

  it('an issue to a generator: which one and its hour meter to a tenth, no odometer', () => {
    const empty = { ...fuelIssueForm.defaults(TODAY, NOW), targetKind: 'generator' as const };
    expect(fuelIssueForm.validate(empty, TODAY)).toEqual({
      generatorId: 'form.required',
      engineHours: 'form.engineHours',
      litres: 'form.litres',
      issuedBy: 'form.memberId',
      receivedBy: 'form.memberId',
    });
    const issue = {
      ...empty,
      generatorId: GENERATOR,
      engineHours: '4001.55',
      litres: '20',
      issuedBy: MEMBER,
      receivedBy: MEMBER,
    };
    expect(fuelIssueForm.validate(issue, TODAY)).toEqual({ engineHours: 'form.engineHours' });
    expect(fuelIssueForm.body({ ...issue, engineHours: '4001.5' }, NOW)).toEqual({
      targetKind: 'generator',
      targetId: GENERATOR,
      engineHours: 4001.5,
      litres: 20,
      issuedBy: MEMBER,
      receivedBy: MEMBER,
      issuedAt: new Date(`${TODAY}T09:41`).toISOString(),
    });
  });
});
