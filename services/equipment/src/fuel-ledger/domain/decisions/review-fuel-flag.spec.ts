import { ReviewFuelFlag } from '../fuel-ledger.commands';
import { entryId, fireEngine, history, issue, spec, stocked } from './spec-support';

const review: ReviewFuelFlag = {
  type: 'ReviewFuelFlag',
  issueId: entryId('issue', 1),
  outcome: 'cleared',
  note: ' Tank was replaced with a larger one ',
  reviewedAt: '2026-01-15T08:30:00.000Z',
};

const flagged = () => history(stocked(), { ...issue, litres: 250 });

describe('ReviewFuelFlag', () => {
  it('clears a flagged issue, recording what was found', () => {
    spec
      .given(flagged())
      .when(review)
      .then([
        {
          type: 'FuelFlagReviewed',
          data: {
            issueId: entryId('issue', 1),
            outcome: 'cleared',
            note: 'Tank was replaced with a larger one',
            reviewedAt: '2026-01-15T08:30:00.000Z',
          },
        },
      ]);
  });

  it('confirms one as a loss', () => {
    spec
      .given(flagged())
      .when({ ...review, outcome: 'confirmed', note: 'Fuel sold on' })
      .then([
        {
          type: 'FuelFlagReviewed',
          data: {
            issueId: entryId('issue', 1),
            outcome: 'confirmed',
            note: 'Fuel sold on',
            reviewedAt: review.reviewedAt,
          },
        },
      ]);
  });

  it('refuses a second review, an unflagged issue and an unknown one', () => {
    const reviewed = history(flagged(), review);
    spec.given(reviewed).when(review).thenThrows('FUEL_FLAG_NOT_OPEN');
    spec
      .given(history(stocked(), { ...issue, asset: fireEngine }))
      .when(review)
      .thenThrows('FUEL_FLAG_NOT_OPEN');
    spec.given(stocked()).when(review).thenThrows('FUEL_FLAG_NOT_OPEN');
  });

  it('refuses a review that says nothing', () => {
    spec
      .given(flagged())
      .when({ ...review, note: ' ' })
      .thenThrows('REVIEW_NOTE_REQUIRED');
  });
});
