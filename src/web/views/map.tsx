import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { useMemo } from "preact/hooks";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";
import { type Copresence, type EntityProfile, type Page, type Place, useApi } from "../api.js";
import { EntityLink } from "../components/entity-link.js";
import { Status } from "../components/status.js";
import { TYPE_COLOURS } from "../components/type-colours.js";
import { placeLabels } from "../label-placement.js";

// Country shapes ship with the UI (world-atlas, Natural Earth 1:110m): no tiles, no requests out.
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const COUNTRIES = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;

const WIDTH = 960;
const HEIGHT = 540;

interface MapData {
  places: Place[];
  copresence: Copresence[];
  focus: Set<string>;
}

function MapSvg({ data }: { data: MapData }) {
  const located = data.places.filter((p) => p.lat !== null && p.lon !== null);
  const shared = new Map<string, Copresence[]>();
  for (const c of data.copresence) shared.set(c.place.id, [...(shared.get(c.place.id) ?? []), c]);
  const projection = useMemo(() => {
    const projection = geoEqualEarth();
    const shown =
      data.focus.size > 0 ? located.filter((p) => data.focus.has(p.id) || shared.has(p.id)) : located;
    if (shown.length === 0) return projection.fitSize([WIDTH, HEIGHT], COUNTRIES);
    // Frame the places (with a margin of a few degrees), not the whole world.
    const lons = shown.map((p) => p.lon!);
    const lats = shown.map((p) => p.lat!);
    const margin = 4;
    const frame = {
      type: "MultiPoint" as const,
      coordinates: [
        [Math.min(...lons) - margin, Math.min(...lats) - margin],
        [Math.max(...lons) + margin, Math.max(...lats) + margin],
      ],
    };
    return projection.fitExtent(
      [
        [20, 20],
        [WIDTH - 20, HEIGHT - 20],
      ],
      frame,
    );
  }, [data]);
  const path = geoPath(projection);
  // Close places (Tunis, Le Bardo, the Bardo Museum) would write over each other: labels go where
  // they fit, the focus and co-presence places first; the rest keep their names in the tooltip.
  const labels = placeLabels(
    located.flatMap((p) => {
      const at = projection([p.lon!, p.lat!]);
      return at
        ? [
            {
              id: p.id,
              x: at[0],
              y: at[1],
              text: p.name,
              priority:
                (data.focus.has(p.id) ? 4 : 0) + (shared.has(p.id) ? 2 : 0) + (p.type === "location" ? 1 : 0),
            },
          ]
        : [];
    }),
    { width: WIDTH, height: HEIGHT },
  );
  return (
    <svg
      class="map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label="Map of places with coordinates"
    >
      <rect class="sea" width={WIDTH} height={HEIGHT} />
      <g class="countries">
        {COUNTRIES.features.map((f) => (
          <path d={path(f) ?? ""} />
        ))}
      </g>
      {located.map((p) => {
        const at = projection([p.lon!, p.lat!]);
        if (!at) return null;
        const isShared = shared.has(p.id);
        const cls = ["place", isShared ? "shared" : "", data.focus.has(p.id) ? "focus" : ""].join(" ").trim();
        return (
          <a href={`/entities/${p.id}`} class={cls} data-place={p.id}>
            <title>
              {p.name}
              {isShared
                ? ` — co-presence: ${shared
                    .get(p.id)!
                    .map((c) => c.entities.map((e) => e.name).join(" & "))
                    .join("; ")}`
                : ""}
            </title>
            {isShared && <circle class="ring" cx={at[0]} cy={at[1]} r={11} />}
            <circle
              cx={at[0]}
              cy={at[1]}
              r={data.focus.has(p.id) ? 6 : 4}
              fill={TYPE_COLOURS[p.type] ?? "#047857"}
            />
            {labels.get(p.id) && (
              <text x={labels.get(p.id)!.x} y={labels.get(p.id)!.y} text-anchor={labels.get(p.id)!.anchor}>
                {p.name}
              </text>
            )}
          </a>
        );
      })}
    </svg>
  );
}

export function MapView({ entity }: { entity: string | null }) {
  const places = useApi<Page<Place>>("/api/places?limit=1000");
  const copresence = useApi<Page<Copresence>>(
    `/api/copresence?limit=200${entity ? `&entity=${encodeURIComponent(entity)}` : ""}`,
  );
  const profile = useApi<EntityProfile>(entity ? `/api/entities/${encodeURIComponent(entity)}` : null);
  const focus = new Set<string>();
  if (profile.data) {
    focus.add(profile.data.entity.id);
    for (const s of profile.data.statements) {
      for (const ref of [s.subject, s.object])
        if (ref && (ref.type === "location" || ref.type === "facility")) focus.add(ref.id);
    }
  }
  return (
    <section>
      <h1>Map{profile.data ? `: ${profile.data.entity.name}` : ""}</h1>
      <Status loaded={places}>
        {(page) => {
          const data = { places: page.items, copresence: copresence.data?.items ?? [], focus };
          const located = page.items.filter((p) => p.lat !== null);
          return (
            <div class="map-layout">
              <MapSvg data={data} />
              <aside>
                <p class="muted small">
                  {located.length} of {page.items.length} places have coordinates.{" "}
                  <span class="key shared">◯</span> marks a place two entities shared.
                </p>
                <h2>Co-presence ({data.copresence.length})</h2>
                {copresence.error && <p class="error">{copresence.error.message}</p>}
                <ul class="copresence">
                  {data.copresence.map((c) => (
                    <li>
                      <EntityLink entity={c.entities[0]} /> &amp; <EntityLink entity={c.entities[1]} /> at{" "}
                      <a href={`/entities/${c.place.id}`}>{c.place.name}</a>{" "}
                      <span class="muted">
                        {c.from ?? ""}
                        {c.to && c.to !== c.from ? ` – ${c.to}` : ""}
                      </span>
                    </li>
                  ))}
                </ul>
                <h2>Places</h2>
                <ul class="plain places">
                  {located.map((p) => (
                    <li>
                      <a href={`/entities/${p.id}`} class={focus.has(p.id) ? "focus" : ""}>
                        {p.name}
                      </a>{" "}
                      <span class="muted">{p.countryCode ?? ""}</span>
                    </li>
                  ))}
                </ul>
              </aside>
            </div>
          );
        }}
      </Status>
    </section>
  );
}
