import type { PictogramName } from '../app/components/Pictogram';
import type { CHECKLIST_KINDS, CONTACT_ROLES, LEERROUTES, PAYMENT_KINDS, STEP_KINDS } from '../domain/enums';

// A municipality's configuration: everything local is data, not code (docs/architecture.md). Texts that a
// person reads live in locales/<lang>/gemeente.json under the municipality's id; proper names
// (organisations, places) and numbers live here.

export type ContactRole = (typeof CONTACT_ROLES)[number];
export type Leerroute = (typeof LEERROUTES)[number];

export interface Partner {
  /** Key of the partner's texts in gemeente.json: `<gemeente>.partners.<id>.{helpsWith,notFor}`. */
  id: string;
  /** Proper name, never translated. */
  name: string;
  /** The contact role this organisation fills, so a dossier's contact can be matched to it. */
  role: ContactRole;
  /** A pictogram's name: a wrong name does not compile. */
  picture: PictogramName;
  /** As dialled and shown, e.g. "14 070"; null: not known, and the card says so (issue 16, item 6). */
  phone: string | null;
  website?: string;
  /** Where to go; null: not known, and the card says so. */
  address: PartnerAddress | null;
  /** When it is open, in Dutch time; left out where not known. */
  hours?: OpeningHours[];
}

/** A visiting address, as the organisation writes it; the map link is built from it. */
export interface PartnerAddress {
  /** Street and number, e.g. "Generaal Spoorlaan 2". */
  street: string;
  postcode?: string;
  city: string;
  /** Where known, the map link points at the spot instead of searching for the address. */
  coordinates?: { lat: number; lon: number };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The same opening hours on one or more days, e.g. Monday to Thursday 08:30–17:00. */
export interface OpeningHours {
  days: Weekday[];
  /** 24-hour clock, "HH:MM", Dutch time. */
  opens: string;
  closes: string;
}

/** "I have a question about …" → who to ask. */
export interface Topic {
  /** Key of the topic's texts in info.json: `topics.<id>.{question,answer}` (the answer names no role). */
  id: string;
  /** A pictogram's name: a wrong name does not compile. */
  picture: PictogramName;
  /** The role to ask; the personal screens show the person in that role from the dossier. */
  role: ContactRole;
  /** The organisation that fills that role here, when it is one organisation. */
  partnerId?: string;
}

export interface EmergencyNumber {
  /** Key of the number's texts in info.json: `emergency.numbers.<id>.{name,when}`. */
  id: string;
  /** As dialled and shown, e.g. "0900 8844"; the tel: link drops the spaces. */
  number: string;
  /** A pictogram's name: a wrong name does not compile. */
  picture: PictogramName;
}

/** A block of the public informatiemap that only this municipality has (a local project, a local partner). */
export interface LocalBlock {
  /** Key of the block's texts in gemeente.json: `<gemeente>.sections.<section>.<id>.{title,text}`. */
  id: string;
  /** A pictogram's name: a wrong name does not compile. */
  picture: PictogramName;
}

export interface GemeenteConfig {
  id: string;
  /** Name of the municipality, e.g. "Rijswijk". */
  name: string;
  /** Name of the app, e.g. "Thuis in Rijswijk". */
  appName: string;
  colors: { primary: string; primaryDark: string };
  /** The role that runs the traject here: consulent inburgering (Rijswijk), casusregisseur (Zevenaar). */
  regieRole: Extract<ContactRole, 'consulent-inburgering' | 'casusregisseur'>;
  partners: Partner[];
  topics: Topic[];
  ontzorgen: {
    months: number;
    /** The fixed costs the municipality pays for the inburgeraar during ontzorgen. */
    costs: (typeof PAYMENT_KINDS)[number][];
    /** Whether the "omgaan met geld" course is compulsory during ontzorgen. */
    courseCompulsory: boolean;
  };
  /** The steps of a traject per leerroute, in order, for the traject infographic and screens. */
  trajectTemplates: Record<Leerroute, (typeof STEP_KINDS)[number][]>;
  /** Things to arrange in the first months, in the order a begeleider goes through them. */
  checklist: (typeof CHECKLIST_KINDS)[number][];
  /** Emergency and help numbers, most urgent first: 112, police, the local huisartsenpost, national help lines. */
  emergency: EmergencyNumber[];
  /** Local blocks per informatiemap section id (see src/app/screens/info/sections.ts), shown after the general ones. */
  infoBlocks: Partial<Record<string, LocalBlock[]>>;
  /** Partners (ids) with free language help that people from Ukraine may join, for the informatiemap. */
  languageHelpUkraine: string[];
}
