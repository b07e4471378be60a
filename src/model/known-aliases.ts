import type { EntityType } from "./entity-types.js";

/**
 * Curated aliases: acronyms, translations and common names of major armed groups, organisations and
 * places, from their designation notices (UN Security Council consolidated list, US State
 * Department FTO list) and style guides. Two names in one entry are the same entity; the first is
 * the name Tessera shows. Names are matched by folded key (case, diacritics and punctuation aside).
 * Versioned: raise KNOWN_ALIASES_VERSION when an entry changes, so stores can tell which list a
 * resolution pass used. Users keep their own groups in the store (`tessera alias import FILE`,
 * `tessera alias list`), which resolution reads beside this list; `tessera alias add` names one entity.
 */
export const KNOWN_ALIASES_VERSION = 1;

export interface KnownAlias {
  type: EntityType;
  names: readonly string[];
}

export const KNOWN_ALIASES: readonly KnownAlias[] = [
  {
    type: "organization",
    names: [
      "Islamic State",
      "ISIS",
      "ISIL",
      "IS",
      "Daesh",
      "Da'esh",
      "Daech",
      "Islamic State group",
      "Islamic State of Iraq and the Levant",
      "Islamic State of Iraq and Syria",
      "Islamic State of Iraq and al-Sham",
      "ad-Dawla al-Islamiya",
      "الدولة الإسلامية",
    ],
  },
  {
    type: "organization",
    names: ["al-Qaeda", "al-Qaida", "al-Qa'ida", "Al Qaeda", "AQ", "القاعدة"],
  },
  {
    type: "organization",
    names: [
      "al-Qaeda in the Islamic Maghreb",
      "AQIM",
      "al-Qaida in the Islamic Maghreb",
      "Al-Qaida au Maghreb islamique",
      "AQMI",
      "GSPC",
    ],
  },
  { type: "organization", names: ["al-Qaeda in the Arabian Peninsula", "AQAP", "Ansar al-Sharia in Yemen"] },
  {
    type: "organization",
    names: [
      "Okba Ibn Nafaa Brigade",
      "Uqba ibn Nafi Brigade",
      "Katibat Uqba ibn Nafi",
      "Okba ibn Nafaa Battalion",
    ],
  },
  { type: "organization", names: ["Ansar al-Sharia in Tunisia", "AST", "Ansar al-Sharia Tunisia"] },
  {
    type: "organization",
    names: ["Hezbollah", "Hizballah", "Hizbollah", "Hizbullah", "Hezbollah (Lebanon)", "حزب الله"],
  },
  { type: "organization", names: ["Hamas", "Harakat al-Muqawama al-Islamiya", "حماس"] },
  { type: "organization", names: ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"] },
  { type: "organization", names: ["al-Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "HSM"] },
  { type: "organization", names: ["Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham"] },
  { type: "organization", names: ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Jabhat al-Nusrah"] },
  { type: "organization", names: ["Taliban", "Taleban", "Islamic Emirate of Afghanistan"] },
  { type: "organization", names: ["Kurdistan Workers' Party", "PKK", "Partiya Karkerên Kurdistanê"] },
  { type: "organization", names: ["United Nations", "UN", "U.N."] },
  { type: "organization", names: ["European Union", "EU", "E.U."] },
  { type: "organization", names: ["North Atlantic Treaty Organization", "NATO", "OTAN"] },
  { type: "location", names: ["United States", "US", "U.S.", "USA", "U.S.A.", "United States of America"] },
  { type: "location", names: ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"] },
  { type: "location", names: ["United Arab Emirates", "UAE", "U.A.E."] },
  { type: "location", names: ["Democratic Republic of the Congo", "DRC", "DR Congo", "Congo-Kinshasa"] },
  { type: "location", names: ["Libya", "Libyan Arab Jamahiriya", "ليبيا"] },
  { type: "location", names: ["Tunisia", "Tunisie"] },
  { type: "location", names: ["Jebel Chaambi", "Chaambi", "Mount Chaambi", "Chambi"] },
];
