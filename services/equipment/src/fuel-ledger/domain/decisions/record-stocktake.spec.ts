import { RecordStocktake } from '../fuel-ledger.commands';
import {
  CENTRE,
  STOREKEEPER,
  delivery,
  entryId,
  fireEngine,
  history,
  issue,
  refusal,
  spec,
  stocked,
} from './spec-support';

const stocktake: RecordStocktake = {
  type: 'RecordStocktake',
  centreId: CENTRE,
  countedLitres: 900,
  reason: ' Leaking drum ',
  countedBy: STOREKEEPER,
  countedAt: '2026-01-15T08:45:00.000Z',
};

describe('RecordStocktake', () => {
  it('records the count against the ledger, the difference and why; the ledger holds the count from then on', () => {
    const events = history(stocked(), stocktake);
    expect(events.at(-1)).toEqual({
      type: 'FuelStocktakeRecorded',
      data: {
        stocktakeId: entryId('stocktake', 1),
        countedLitres: 900,
        ledgerLitres: 1000,
        differenceLitres: -100,
        reason: 'Leaking drum',
        countedBy: STOREKEEPER,
        countedAt: '2026-01-15T08:45:00.000Z',
      },
    });
    // 900 l now, not 1,000: 901 cannot be issued.
    expect(
      refusal(events, { ...issue, litres: 901, asset: { ...fireEngine, tankCapacityLitres: 2000 } }),
    ).toMatchObject({ code: 'FUEL_STOCK_INSUFFICIENT', details: { balanceLitres: 900, requestedLitres: 901 } });
    expect(
      refusal(history(events, delivery), {
        ...issue,
        litres: 1900.5,
        asset: { ...fireEngine, tankCapacityLitres: 2000 },
      }),
    ).toMatchObject({ code: 'FUEL_STOCK_INSUFFICIENT', details: { balanceLitres: 1900, requestedLitres: 1900.5 } });
  });

  it('needs no reason when the count matches', () => {
    spec
      .given(stocked())
      .when({ ...stocktake, countedLitres: 1000, reason: null })
      .then([
        {
          type: 'FuelStocktakeRecorded',
          data: {
            stocktakeId: entryId('stocktake', 1),
            countedLitres: 1000,
            ledgerLitres: 1000,
            differenceLitres: 0,
            reason: null,
            countedBy: STOREKEEPER,
            countedAt: stocktake.countedAt,
          },
        },
      ]);
  });

  it('refuses a difference without a reason', () => {
    expect(refusal(stocked(), { ...stocktake, reason: '  ' })).toMatchObject({
      code: 'STOCKTAKE_REASON_REQUIRED',
      details: { differenceLitres: -100 },
    });
  });
});
