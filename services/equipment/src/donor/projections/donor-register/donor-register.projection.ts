import { inlineProjection } from '@muster/event-store';
import { donorCatalogue } from '../../domain/donor.catalogue';

/**
 * Keeps `donor_register` in the append transaction, so a vehicle registered right after its donor finds it.
 * Idempotent: an event at or below the stored version changes nothing.
 */
export const donorRegisterProjection = inlineProjection({
  name: 'donor-register',
  catalogue: donorCatalogue,
  async apply(event, tx) {
    const { names, kind, country } = event.data;
    await tx.query(
      `INSERT INTO donor_register (donor_id, version, name_ar, name_en, kind, country)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (donor_id) DO UPDATE SET version = EXCLUDED.version, name_ar = EXCLUDED.name_ar,
         name_en = EXCLUDED.name_en, kind = EXCLUDED.kind, country = EXCLUDED.country
       WHERE donor_register.version < EXCLUDED.version`,
      [donorCatalogue.idOf(event.streamId), event.streamVersion, names.ar, names.en, kind, country],
    );
  },
});
