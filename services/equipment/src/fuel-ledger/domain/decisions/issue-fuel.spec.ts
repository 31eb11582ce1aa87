import { FuelIssued } from '../fuel-ledger.events';
import {
  CENTRE,
  DRIVER,
  GENERATOR,
  OTHER_CENTRE,
  STOREKEEPER,
  VEHICLE,
  entryId,
  fireEngine,
  fireEngineConsumption,
  issue,
  refusal,
  spec,
  statsAround,
  stocked,
} from './spec-support';

const issued = (data: Partial<FuelIssued['data']> = {}): FuelIssued => ({
  type: 'FuelIssued',
  data: {
    centreId: CENTRE,
    issueId: entryId('issue', 1),
    target: { kind: 'vehicle', vehicleId: VEHICLE, odometerKm: 120_000 },
    litres: 80,
    issuedBy: STOREKEEPER,
    receivedBy: DRIVER,
    issuedAt: '2026-01-15T08:00:00.000Z',
    consumption: { distanceKm: 200, litresPer100Km: 40 },
    flags: [],
    balanceLitres: 920,
    ...data,
  },
});

describe('IssueFuel', () => {
  it('takes the litres from the stock and derives consumption fill to fill: nothing to review', () => {
    spec.given(stocked()).when(issue).then([issued()]);
  });

  describe('the stock never goes negative', () => {
    it('refuses more than the centre holds, with the figures', () => {
      expect(refusal(stocked(), { ...issue, litres: 1000.5 })).toMatchObject({
        code: 'FUEL_STOCK_INSUFFICIENT',
        details: { balanceLitres: 1000, requestedLitres: 1000.5 },
      });
    });

    it('refuses any issue from a ledger that never received fuel', () => {
      expect(refusal([], issue)).toMatchObject({
        code: 'FUEL_STOCK_INSUFFICIENT',
        details: { balanceLitres: 0, requestedLitres: 80 },
      });
    });

    it('issues the last litre exactly', () => {
      spec
        .given(stocked())
        .when({ ...issue, litres: 1000, asset: { ...fireEngine, tankCapacityLitres: 2000, consumption: null } })
        .then([issued({ litres: 1000, balanceLitres: 0, consumption: { distanceKm: 200, litresPer100Km: 500 } })]);
    });
  });

  describe('flags for review, each with its rule and figures', () => {
    it('more than the tank holds', () => {
      spec
        .given(stocked())
        .when({ ...issue, litres: 250, target: { ...issue.target, odometerKm: 120_400 } as typeof issue.target })
        .then([
          issued({
            litres: 250,
            target: { kind: 'vehicle', vehicleId: VEHICLE, odometerKm: 120_400 },
            consumption: { distanceKm: 600, litresPer100Km: 41.67 },
            flags: [{ rule: 'ABOVE_TANK_CAPACITY', litres: 250, tankCapacityLitres: 200 }],
            balanceLitres: 750,
          }),
        ]);
    });

    it('an odometer that has not moved since the last fill', () => {
      spec
        .given(stocked())
        .when({ ...issue, asset: { ...fireEngine, lastFillReading: 120_000 } })
        .then([
          issued({
            consumption: null,
            flags: [{ rule: 'ODOMETER_NOT_MOVED', odometerKm: 120_000, lastFillOdometerKm: 120_000 }],
          }),
        ]);
    });

    it('consumption an outlier for the vehicle (its type thinks it plausible)', () => {
      // Own: 40 ± 2.1, σ floored at 4 (10 % of the mean): 28–52. Its type's wide spread takes 60 as normal.
      const asset = {
        ...fireEngine,
        consumption: { ...fireEngineConsumption, type: statsAround(45, 10, 10) },
      };
      spec
        .given(stocked())
        .when({ ...issue, litres: 120, asset })
        .then([
          issued({
            litres: 120,
            consumption: { distanceKm: 200, litresPer100Km: 60 },
            flags: [
              {
                rule: 'CONSUMPTION_OUTLIER_FOR_VEHICLE',
                litresPer100Km: 60,
                meanLitresPer100Km: 40,
                stdDevLitresPer100Km: 4,
                lowLitresPer100Km: 28,
                highLitresPer100Km: 52,
                samples: 10,
              },
            ],
            balanceLitres: 880,
          }),
        ]);
    });

    it('consumption an outlier for the type (the vehicle has too few fills to judge)', () => {
      const asset = {
        ...fireEngine,
        consumption: { ...fireEngineConsumption, vehicle: statsAround(40, 2, 4), type: statsAround(30, 1, 20) },
      };
      spec
        .given(stocked())
        .when({ ...issue, litres: 100, asset })
        .then([
          issued({
            litres: 100,
            consumption: { distanceKm: 200, litresPer100Km: 50 },
            flags: [
              {
                rule: 'CONSUMPTION_OUTLIER_FOR_TYPE',
                vehicleType: 'fire-engine',
                litresPer100Km: 50,
                meanLitresPer100Km: 30,
                stdDevLitresPer100Km: 3,
                lowLitresPer100Km: 21,
                highLitresPer100Km: 39,
                samples: 20,
              },
            ],
            balanceLitres: 900,
          }),
        ]);
    });

    it('nothing judged on consumption on a first fill, nor before five fills', () => {
      const fewFills = {
        ...fireEngine,
        consumption: { ...fireEngineConsumption, vehicle: statsAround(20, 1, 4), type: statsAround(20, 1, 4) },
      };
      spec
        .given(stocked())
        .when({ ...issue, asset: fewFills })
        .then([issued()]);
      spec
        .given(stocked())
        .when({ ...issue, litres: 150, asset: { ...fireEngine, lastFillReading: null } })
        .then([issued({ litres: 150, consumption: null, balanceLitres: 850 })]);
    });

    it('an hour meter that has not moved, on a generator', () => {
      spec
        .given(stocked())
        .when({
          ...issue,
          target: { kind: 'generator', itemId: GENERATOR, engineHours: 310.5 },
          litres: 30,
          asset: {
            tankCapacityLitres: 50,
            writtenOff: false,
            recordedReading: null,
            lastFillReading: 310.5,
            consumption: null,
          },
        })
        .then([
          issued({
            target: { kind: 'generator', itemId: GENERATOR, engineHours: 310.5 },
            litres: 30,
            consumption: null,
            flags: [{ rule: 'ENGINE_HOURS_NOT_MOVED', engineHours: 310.5, lastFillEngineHours: 310.5 }],
            balanceLitres: 970,
          }),
        ]);
    });
  });

  it('refuses an odometer below the last fill or the vehicle’s record (a correction is its own command)', () => {
    expect(
      refusal(stocked(), { ...issue, target: { kind: 'vehicle', vehicleId: VEHICLE, odometerKm: 119_999 } }),
    ).toMatchObject({ code: 'ODOMETER_WENT_BACKWARDS', details: { lastKm: 120_000, givenKm: 119_999 } });
    expect(refusal(stocked(), { ...issue, asset: { ...fireEngine, lastFillReading: 120_500 } })).toMatchObject({
      code: 'ODOMETER_WENT_BACKWARDS',
      details: { lastKm: 120_500, givenKm: 120_000 },
    });
  });

  it('refuses an unknown or written-off vehicle', () => {
    spec
      .given(stocked())
      .when({ ...issue, asset: null })
      .thenThrows('FUEL_TARGET_UNKNOWN');
    spec
      .given(stocked())
      .when({ ...issue, asset: { ...fireEngine, writtenOff: true } })
      .thenThrows('FUEL_TARGET_WRITTEN_OFF');
  });

  it('lets a commander issue at their own centre only', () => {
    spec
      .given(stocked())
      .when({ ...issue, actor: { centreIds: [CENTRE] } })
      .then([issued()]);
    spec
      .given(stocked())
      .when({ ...issue, actor: { centreIds: [OTHER_CENTRE] } })
      .thenThrows('FUEL_LEDGER_NOT_FOUND');
  });

  it('refuses an issue in the future', () => {
    spec
      .given(stocked())
      .when({ ...issue, issuedAt: '2026-01-15T10:00:00Z' })
      .thenThrows('TIME_IN_FUTURE');
  });
});
