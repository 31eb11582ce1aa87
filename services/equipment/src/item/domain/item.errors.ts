import { DomainError } from '@muster/event-sourcing';

/** An item's refusals: each code is stable (clients switch on it), each message is for a logistics officer. */
export const ItemErrors = {
  notFound: () => new DomainError('ITEM_NOT_FOUND', 'No item is recorded under this id', 'not-found'),
  alreadyRegistered: () => new DomainError('ITEM_ALREADY_REGISTERED', 'This item is already registered', 'conflict'),
  descriptionRequired: () => new DomainError('ITEM_DESCRIPTION_REQUIRED', 'Describe the item', 'rule'),
  serialQuantity: () =>
    new DomainError(
      'SERIAL_ITEM_IS_ONE',
      'A serial-numbered item is one item: register a counted consumable for more',
      'rule',
    ),
  unitRequired: () =>
    new DomainError('CONSUMABLE_UNIT_REQUIRED', 'A counted consumable needs its unit (pieces, boxes, litres…)', 'rule'),
  writtenOff: (reason: string) =>
    new DomainError(
      'ITEM_WRITTEN_OFF',
      `This item was written off (${reason}); its record can only be read`,
      'conflict',
      {
        reason,
      },
    ),
  notEnoughInStock: (inStock: number, requested: number) =>
    new DomainError(
      'ITEM_NOT_IN_STOCK',
      `The centre's stock holds ${inStock} of this item: ${requested} cannot be issued`,
      'conflict',
      { inStock, requested },
    ),
  notHeld: (held: number, requested: number) =>
    new DomainError(
      'ITEM_NOT_HELD',
      `This holder has ${held} of this item: ${requested} cannot come back from them`,
      'conflict',
      { held, requested },
    ),
  evidenceRequired: () => new DomainError('EVIDENCE_REQUIRED', 'A write-off needs a reference to its evidence', 'rule'),
} as const;
