import { catchUpProjection } from '@muster/event-store';
import { centreCatalogue } from '../../../centre/domain/centre.catalogue';
import { factOfCentreEvent } from '../../domain/readiness-facts';
import { recordFact, resetReadiness } from './readiness-log';

/**
 * The centre's own events (status, hazards) into the readiness log, from the store's global order. Its rebuild
 * (`POST /admin/projections/centre-readiness/rebuild`) rebuilds the whole read model in one transaction.
 */
export const centreReadinessProjection = catchUpProjection({
  name: 'centre-readiness',
  catalogue: centreCatalogue,
  handles: ['CentreRegistered', 'CentreStatusChanged', 'HazardReported', 'HazardCleared'],
  async apply(event, tx) {
    const fact = factOfCentreEvent(event);
    if (fact) await recordFact(tx, fact);
  },
  reset: resetReadiness,
});
