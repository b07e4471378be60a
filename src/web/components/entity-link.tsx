import type { EntityRef } from "../api.js";

/** An entity's name coloured by its type, linking to its profile. */
export function EntityLink({ entity }: { entity: EntityRef }) {
  return (
    <a class={`entity t-${entity.type}`} href={`/entities/${entity.id}`} title={entity.type}>
      {entity.name}
    </a>
  );
}
