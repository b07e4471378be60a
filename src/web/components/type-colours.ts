/** One colour per entity type, shared by the reader's highlights, the link chart and the map (styles.css agrees). */
export const TYPE_COLOURS: Record<string, string> = {
  person: "#c2410c",
  organization: "#1d4ed8",
  group: "#7c3aed",
  location: "#047857",
  facility: "#0f766e",
  event: "#b91c1c",
};
