/**
 * Bare plurals of armed men that the entity rules leave unnamed ("in June rebels raided …",
 * "Guerrillas stormed the residence …"): the act is still an event, told without its perpetrator.
 */
export const ARMED_BANDS: ReadonlySet<string> = new Set([
  "rebels",
  "guerrillas",
  "gunmen",
  "militants",
  "insurgents",
  "fighters",
  "jihadists",
  "bandits",
  // "A mob lynched a man …"
  "mob",
]);

/** Verbs of ACTION_VERBS said of states and weather as often as of attackers: only a band or group does them here. */
export const BAND_VERBS: ReadonlySet<string> = new Set(["struck", "torched", "lynched"]);
