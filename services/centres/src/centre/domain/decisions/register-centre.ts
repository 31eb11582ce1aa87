import { RegisterCentre } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { CentreRegistered } from '../centre.events';
import { CentreState } from '../centre.state';

/** RegisterCentre: a centre is registered once, with its code, its names in both languages, governorate and status. */
export function registerCentre(command: RegisterCentre, state: CentreState): CentreRegistered[] {
  if (state.centreId !== null) throw E.alreadyRegistered();
  // Trimmed, so that ' Idlib' and 'Idlib' are one governorate.
  const required = (field: 'code' | 'nameAr' | 'nameEn' | 'governorate'): string => {
    const value = command[field].trim();
    if (value === '') throw E.detailsRequired(field);
    return value;
  };
  return [
    {
      type: 'CentreRegistered',
      data: {
        centreId: command.centreId,
        code: required('code'),
        nameAr: required('nameAr'),
        nameEn: required('nameEn'),
        governorate: required('governorate'),
        status: command.status,
      },
    },
  ];
}
