import { DonorErrors as E } from '../donor.errors';
import { DonorDetails } from '../donor.events';

/** Names trimmed and never blank, the country in capitals: the same donor is spelled one way. */
export function donorDetails({ names, kind, country }: DonorDetails): DonorDetails {
  const name = (value: string, field: 'ar' | 'en'): string => {
    const trimmed = value.trim();
    if (trimmed === '') throw E.nameRequired(field === 'ar' ? 'Arabic' : 'English');
    return trimmed;
  };
  return { names: { ar: name(names.ar, 'ar'), en: name(names.en, 'en') }, kind, country: country.toUpperCase() };
}
