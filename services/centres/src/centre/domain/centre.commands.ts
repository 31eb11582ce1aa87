import { CentreStatus } from './centre.events';

export type RegisterCentre = {
  type: 'RegisterCentre';
  centreId: string;
  /** The organisation's code for the centre, e.g. `IDL-03`. */
  code: string;
  nameAr: string;
  nameEn: string;
  governorate: string;
  status: CentreStatus;
};

/** Every command a centre takes: each use case adds its own. */
export type CentreCommand = RegisterCentre;
