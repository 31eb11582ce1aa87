import { MemberRole, VEHICLE_TYPES } from '@muster/contracts';

type VehicleType = (typeof VEHICLE_TYPES)[number];

// The demo organisation's fixed cast, fictional throughout. Everything else is derived from these lists and a
// member's or vehicle's number, so that loading twice asks for exactly the same things.

export interface DemoCentre {
  readonly code: string;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly governorate: string;
}

export const CENTRES: readonly DemoCentre[] = [
  { code: 'IDL-01', nameAr: 'مركز ريف إدلب', nameEn: 'Idlib countryside base', governorate: 'Idlib' },
  { code: 'IDL-02', nameAr: 'مركز سراقب', nameEn: 'Saraqib centre', governorate: 'Idlib' },
  { code: 'IDL-03', nameAr: 'مركز أريحا', nameEn: 'Ariha centre', governorate: 'Idlib' },
  {
    code: 'ALP-01',
    nameAr: 'المخفر ومركز الإطفاء السابق',
    nameEn: 'Former outpost and fire station',
    governorate: 'Aleppo',
  },
  { code: 'ALP-02', nameAr: 'مركز حلب الشرقي', nameEn: 'Aleppo east centre', governorate: 'Aleppo' },
  { code: 'ALP-03', nameAr: 'مركز الأتارب', nameEn: 'Atarib centre', governorate: 'Aleppo' },
  { code: 'HMS-01', nameAr: 'مركز حمص الأول', nameEn: 'Homs centre 1', governorate: 'Homs' },
  { code: 'HMS-02', nameAr: 'مركز حمص الثاني', nameEn: 'Homs centre 2', governorate: 'Homs' },
  { code: 'HMS-03', nameAr: 'مركز حمص الثالث', nameEn: 'Homs centre 3', governorate: 'Homs' },
  { code: 'HMS-04', nameAr: 'مركز حمص الرابع', nameEn: 'Homs centre 4', governorate: 'Homs' },
  { code: 'DRA-01', nameAr: 'مركز درعا', nameEn: 'Daraa centre', governorate: 'Daraa' },
  { code: 'HAM-01', nameAr: 'مركز حماة', nameEn: 'Hama centre', governorate: 'Hama' },
];

/** An Arabic name and the Latin spellings records use for it (Levantine, English, French). */
type Spelled = readonly [arabic: string, ...latin: string[]];

const MEN: readonly Spelled[] = [
  ['محمد', 'Mohammad', 'Muhammad', 'Mohamed'],
  ['أحمد', 'Ahmad', 'Ahmed'],
  ['عمر', 'Omar', 'Umar'],
  ['خالد', 'Khaled', 'Khalid'],
  ['يوسف', 'Youssef', 'Yusuf', 'Youcef'],
  ['حسن', 'Hassan', 'Hasan'],
  ['حسين', 'Hussein', 'Husain'],
  ['مصطفى', 'Mustafa', 'Moustafa'],
  ['إبراهيم', 'Ibrahim', 'Brahim'],
  ['عبد الله', 'Abdullah', 'Abdallah'],
  ['سامر', 'Samer'],
];
const WOMEN: readonly Spelled[] = [
  ['فاطمة', 'Fatima', 'Fatma'],
  ['عائشة', 'Aisha', 'Aicha', 'Ayesha'],
  ['مريم', 'Maryam', 'Mariam'],
  ['رؤى', 'Ruaa', 'Roaa'],
  ['نور', 'Nour', 'Noor'],
];
/** Own names: men and women; a father's and grandfather's names are men's. */
const OWN: readonly Spelled[] = [...MEN, ...WOMEN];
const FAMILY: readonly Spelled[] = [
  ['الأحمد', 'al-Ahmad', 'Al Ahmad', 'el-Ahmad'],
  ['الحلبي', 'al-Halabi', 'Halabi'],
  ['الشامي', 'al-Shami', 'Chami'],
  ['الخطيب', 'al-Khatib', 'Khateeb'],
  ['النجار', 'al-Najjar', 'Najjar'],
  ['السيد', 'al-Sayed', 'Sayyid'],
  ['درويش', 'Darwish', 'Darwiche'],
  ['قباني', 'Kabbani', 'Qabbani'],
  ['المصري', 'al-Masri', 'Masry'],
  ['العلي', 'al-Ali', 'Alali'],
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const latinOf = (spelled: Spelled, n: number): string => pick(spelled.slice(1), n);

/** Member number n (0-based): a name in both scripts, a call-sign, the roles they serve in. */
export function demoPerson(n: number) {
  const own = pick(OWN, n);
  const father = pick(MEN, n * 7 + 3);
  const grandfather = pick(MEN, n * 5 + 1);
  const family = pick(FAMILY, Math.floor(n / 3));
  const roles: MemberRole[] =
    n % 5 === 0 ? ['driver', 'rescuer'] : n % 5 === 1 ? ['firefighter'] : n % 5 === 2 ? ['paramedic'] : ['rescuer'];
  return {
    callSign: `Falcon-${String(n + 1).padStart(3, '0')}`,
    roles,
    identity: {
      name: {
        arabic: { own: own[0], father: father[0], grandfather: grandfather[0], family: family[0] },
        latin: {
          own: latinOf(own, n),
          father: latinOf(father, n),
          grandfather: latinOf(grandfather, n),
          family: latinOf(family, n),
        },
      },
      dateOfBirth: { kind: 'year', year: 1975 + (n % 28) },
      nationalId: `DEMO-${String(1_000_000 + n * 7919)}`,
      phone: `+963 9${String(40_000_000 + n * 104_729).slice(0, 8)}`,
      homeArea: `Quarter ${1 + (n % 9)}`,
      emergencyContact: {
        name: `${latinOf(pick(OWN, n + 5), n)} ${latinOf(family, n)}`,
        relation: 'sibling',
        phone: '+963 944 000 000',
      },
      bloodType: pick(['O+', 'A+', 'B+', 'AB+', 'O-'], n),
    },
  };
}

export const DONORS = [
  { key: 'crescent', names: { ar: 'جمعية الهلال الأحمر', en: 'A Red Crescent society' }, kind: 'ngo', country: 'QA' },
  { key: 'fund', names: { ar: 'صندوق إنساني', en: 'A humanitarian fund' }, kind: 'ngo', country: 'GB' },
  { key: 'ministry', names: { ar: 'وزارة خارجية مانحة', en: 'A donor government' }, kind: 'government', country: 'DE' },
  { key: 'relief', names: { ar: 'منظمة إغاثة', en: 'A relief organisation' }, kind: 'ngo', country: 'TR' },
] as const;

const FLEET: readonly VehicleType[] = [
  'ambulance',
  'ambulance',
  'fire-engine',
  'rescue-vehicle',
  'water-tanker',
  'pickup',
  'ambulance',
  'fire-engine',
];

/** Vehicle number v of a centre's fleet. */
export function demoVehicle(centreIndex: number, v: number) {
  const type = pick(FLEET, v);
  return {
    type,
    plate: `${CENTRES[centreIndex]?.code ?? 'DEMO'}-${String(100 + v)}`,
    make: type === 'ambulance' ? 'Toyota' : 'Mercedes-Benz',
    model: type === 'ambulance' ? 'Hiace' : 'Atego 1530',
    year: 2010 + ((centreIndex + v) % 12),
    donorKey: pick(DONORS, centreIndex + v).key,
    odometerKm: 40_000 + (((centreIndex * 8 + v) * 3_517) % 90_000),
    tankCapacityLitres: type === 'ambulance' || type === 'pickup' ? 80 : 200,
  };
}

export const DEMO_ITEM_TYPES = ['generator', 'hydraulic-rescue-tool', 'breathing-apparatus', 'helmet-camera'] as const;
