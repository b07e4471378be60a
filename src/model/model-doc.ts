import { ENTITY_TYPES } from "./entity-types.js";
import { CREDIBILITY, RELIABILITY } from "./grades.js";
import { MARKINGS } from "./markings.js";
import { PREDICATES, type PredicateSpec } from "./predicates.js";

function objectText(spec: PredicateSpec): string {
  const o = spec.object;
  if (o.kind === "entity") return o.types.join(", ");
  if (o.kind === "number") return `number (${o.unit})`;
  return o.kind;
}

function stixText(spec: PredicateSpec): string {
  return "relationship" in spec.stix
    ? `relationship \`${spec.stix.relationship}\`${spec.stix.reverse ? " (reversed)" : ""}`
    : `property \`${spec.stix.property}\``;
}

function ftmText(spec: PredicateSpec): string {
  if (!spec.ftm) return "—";
  return "schema" in spec.ftm
    ? `\`${spec.ftm.schema}\` (${spec.ftm.subject} → ${spec.ftm.object})`
    : `property \`${spec.ftm.property}\``;
}

/** docs/model.md, generated from the declared model so the two cannot drift apart. */
export function renderModelDoc(): string {
  const lines = [
    "# The data model",
    "",
    "Generated from `src/model/` by `npm run docs:model`; do not edit by hand (a test compares them).",
    "",
    "## Entity types",
    "",
    "| type | description | STIX 2.1 | FollowTheMoney |",
    "|---|---|---|---|",
    ...Object.entries(ENTITY_TYPES).map(
      ([name, t]) =>
        `| \`${name}\` | ${t.description} | \`${t.stix.type}\`${"identityClass" in t.stix ? ` (${t.stix.identityClass})` : ""} | \`${t.ftm}\` |`,
    ),
    "",
    "## Predicates",
    "",
    "Functional predicates have one true value per subject at a time; inverse-functional ones one subject per object. Place predicates put their subject at the object place (co-presence).",
    "",
    "| predicate | subject | object | functional | places subject | STIX 2.1 | FollowTheMoney | description |",
    "|---|---|---|---|---|---|---|---|",
    ...Object.entries(PREDICATES).map(([name, raw]) => {
      const p = raw as PredicateSpec;
      const functional = p.functional
        ? `yes${p.tolerance !== undefined ? ` (±${p.tolerance})` : ""}`
        : p.inverseFunctional
          ? "inverse"
          : "no";
      return `| \`${name}\` | ${p.subject.join(", ")} | ${objectText(p)} | ${functional} | ${p.placesSubject ? "yes" : ""} | ${stixText(p)} | ${ftmText(p)} | ${p.description} |`;
    }),
    "",
    "## Markings (TLP 2.0)",
    "",
    "| marking | label | description |",
    "|---|---|---|",
    ...Object.entries(MARKINGS).map(([name, m]) => `| \`${name}\` | ${m.label} | ${m.description} |`),
    "",
    "## Source reliability (Admiralty)",
    "",
    "| grade | meaning |",
    "|---|---|",
    ...Object.entries(RELIABILITY).map(([g, d]) => `| ${g} | ${d} |`),
    "",
    "## Credibility of a statement (Admiralty)",
    "",
    "| grade | meaning |",
    "|---|---|",
    ...Object.entries(CREDIBILITY).map(([g, d]) => `| ${g} | ${d} |`),
    "",
  ];
  return lines.join("\n");
}
