import { inlineProjection } from '@muster/event-store';
import { roleRequirementsCatalogue } from '../../domain/role-requirements.catalogue';

/**
 * Keeps `role_requirements` in the append transaction: the latest version ends where the next one takes effect; one
 * set for the same day replaces it.
 */
export const roleRequirementsProjection = inlineProjection({
  name: 'role-requirements',
  catalogue: roleRequirementsCatalogue,
  async apply(event, tx) {
    const { role, competencies, effectiveOn, reason } = event.data;
    await tx.query(
      `UPDATE role_requirements SET valid_until = $2 WHERE role = $1 AND valid_until IS NULL AND valid_from < $2`,
      [role, effectiveOn],
    );
    await tx.query(
      `INSERT INTO role_requirements (role, competencies, valid_from, reason, set_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (role, valid_from) DO UPDATE SET competencies = EXCLUDED.competencies, reason = EXCLUDED.reason,
         set_by = EXCLUDED.set_by`,
      [role, competencies, effectiveOn, reason, event.metadata.actorId],
    );
  },
});
