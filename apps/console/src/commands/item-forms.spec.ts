import { describe, expect, it } from 'vitest';
import { itemDamageForm, itemRegistrationForm, itemWriteOffForm } from './forms';

const TODAY = '2026-03-10';
const NOW = new Date(`${TODAY}T09:41:00`);
const CENTRE = '3f6c1b2a-9d4e-4c1f-8a7b-6e5d4c3b2a19';
const DONOR = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const MEMBER = '0b9c2f1e-8a4d-4e0b-9f3a-2c1d5e6f7a8b';

describe('an item’s commands', () => {
  it('a registration: a serial item is one, a consumable is counted in its unit; a generator’s tank in litres', () => {
    const form = itemRegistrationForm;
    const empty = form.defaults(TODAY, NOW);
    expect(form.validate(empty, TODAY)).toEqual({
      type: 'items.register.required',
      description: 'items.register.required',
      centreId: 'items.register.required',
      unit: 'items.register.unitRequired',
    });
    const spreader = {
      ...empty,
      type: 'hydraulic-rescue-tool' as const,
      description: ' Holmatro spreader ',
      serialNumber: ' SP-4260-17 ',
      centreId: CENTRE,
    };
    expect(form.validate(spreader, TODAY)).toEqual({});
    expect(form.validate({ ...spreader, quantity: '2' }, TODAY)).toEqual({ quantity: 'items.register.serialIsOne' });
    expect(form.validate({ ...spreader, acquiredOn: '2026-03-11' }, TODAY)).toEqual({
      acquiredOn: 'command.notInFuture',
    });
    expect(form.body({ ...spreader, donorId: DONOR }, NOW)).toEqual({
      type: 'hydraulic-rescue-tool',
      description: 'Holmatro spreader',
      serialNumber: 'SP-4260-17',
      quantity: 1,
      unit: null,
      donorId: DONOR,
      centreId: CENTRE,
      acquiredOn: TODAY,
      tankCapacityLitres: null,
    });
    const gloves = { ...empty, type: 'consumable' as const, description: 'Gloves', centreId: CENTRE, quantity: '0' };
    expect(form.validate({ ...gloves, unit: 'boxes' }, TODAY)).toEqual({ quantity: 'form.quantity' });
    expect(form.body({ ...gloves, quantity: '40', unit: ' boxes ' }, NOW)).toMatchObject({
      serialNumber: null,
      quantity: 40,
      unit: 'boxes',
      donorId: null,
    });
    const generator = { ...spreader, type: 'generator' as const, description: 'Generator 5 kVA' };
    expect(form.validate({ ...generator, tankCapacityLitres: '2500' }, TODAY)).toEqual({
      tankCapacityLitres: 'items.register.tank',
    });
    expect(form.body({ ...generator, tankCapacityLitres: '25' }, NOW).tankCapacityLitres).toBe(25);
    // A tank only for a generator.
    expect(form.body({ ...spreader, tankCapacityLitres: '25' }, NOW).tankCapacityLitres).toBeNull();
  });

  it('damage to an item: what happened and when, the incident if any', () => {
    expect(itemDamageForm.validate(itemDamageForm.defaults(TODAY, NOW), TODAY)).toEqual({
      description: 'items.damage.required',
    });
    expect(
      itemDamageForm.validate({ description: 'Lens cracked', occurredOn: '2026-03-12', incidentRef: '' }, TODAY),
    ).toEqual({ occurredOn: 'command.notInFuture' });
    expect(itemDamageForm.body({ description: ' Lens cracked ', occurredOn: TODAY, incidentRef: ' ' }, NOW)).toEqual({
      description: 'Lens cracked',
      occurredOn: TODAY,
      incidentRef: null,
    });
  });

  it('a write-off: from the store or a holder, no more than is there, why, its evidence and the day', () => {
    const counted = itemWriteOffForm({
      inStock: 3,
      serialNumber: null,
      holdings: [{ kind: 'member', id: MEMBER, quantity: 2 }],
    });
    const empty = counted.defaults(TODAY, NOW);
    expect(empty).toMatchObject({ from: '', quantity: '1' });
    expect(counted.validate(empty, TODAY)).toEqual({
      reason: 'items.writeOff.required',
      evidenceRef: 'items.writeOff.required',
    });
    const lost = { ...empty, reason: 'lost' as const, evidenceRef: ' INC-2026-0114 ' };
    expect(counted.validate({ ...lost, quantity: '4' }, TODAY)).toEqual({ quantity: 'form.quantity' });
    expect(counted.validate({ ...lost, from: `member:${MEMBER}`, quantity: '3' }, TODAY)).toEqual({
      quantity: 'form.quantity',
    });
    expect(counted.body(lost, NOW)).toEqual({
      holder: null,
      quantity: 1,
      reason: 'lost',
      evidenceRef: 'INC-2026-0114',
      writtenOffOn: TODAY,
    });
    expect(counted.body({ ...lost, from: `member:${MEMBER}`, quantity: '2' }, NOW).holder).toEqual({
      kind: 'member',
      id: MEMBER,
    });
    // A serial item held by a member: proposed from them, and it goes whole.
    const held = itemWriteOffForm({
      inStock: 0,
      serialNumber: 'CAM-7',
      holdings: [{ kind: 'member', id: MEMBER, quantity: 1 }],
    });
    expect(held.defaults(TODAY, NOW).from).toBe(`member:${MEMBER}`);
    expect(held.validate({ ...lost, from: '' }, TODAY)).toEqual({ quantity: 'form.quantity' });
  });
});
