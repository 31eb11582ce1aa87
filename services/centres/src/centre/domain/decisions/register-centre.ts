import { RegisterCentre } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { CentreDetailsRecorded, CentreRegistered, CentreSiteEstablished } from '../centre.events';
import { CentreState } from '../centre.state';
import { detailsOf } from './update-centre-details';
import { requireText, siteOf } from './guards';

/**
 * RegisterCentre: a centre is registered once, with its code, its names in both languages, governorate and status,
 * then its type, capacity and power supply, and the site it works from.
 */
export function registerCentre(
  command: RegisterCentre,
  state: CentreState,
): [CentreRegistered, CentreDetailsRecorded, CentreSiteEstablished] {
  if (state.centreId !== null) throw E.alreadyRegistered();
  // Trimmed, so that ' Idlib' and 'Idlib' are one governorate.
  return [
    {
      type: 'CentreRegistered',
      data: {
        centreId: command.centreId,
        code: requireText(command.code, 'code'),
        nameAr: requireText(command.nameAr, 'nameAr'),
        nameEn: requireText(command.nameEn, 'nameEn'),
        governorate: requireText(command.governorate, 'governorate'),
        status: command.status,
      },
    },
    { type: 'CentreDetailsRecorded', data: detailsOf(command) },
    { type: 'CentreSiteEstablished', data: { site: siteOf(command.site) } },
  ];
}
