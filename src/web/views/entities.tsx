import { useState } from "preact/hooks";
import { type EntitySummary, type Page, useApi } from "../api.js";
import { useMeta } from "../app.js";
import { EntityLink } from "../components/entity-link.js";
import { Pager } from "../components/pager.js";
import { Status } from "../components/status.js";
import { navigate } from "../router.js";

const LIMIT = 50;

export function EntitiesView({ type }: { type: string | null }) {
  const meta = useMeta();
  const [offset, setOffset] = useState(0);
  const filter = type ? `&type=${encodeURIComponent(type)}` : "";
  const loaded = useApi<Page<EntitySummary>>(`/api/entities?limit=${LIMIT}&offset=${offset}${filter}`);
  return (
    <section>
      <h1>Entities</h1>
      <label class="inline">
        Type{" "}
        <select
          value={type ?? ""}
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            setOffset(0);
            navigate(value ? `/entities?type=${value}` : "/entities");
          }}
        >
          <option value="">all</option>
          {Object.entries(meta?.entityTypes ?? {}).map(([key, label]) => (
            <option value={key}>{label}</option>
          ))}
        </select>
      </label>
      <Status loaded={loaded}>
        {(page) => (
          <>
            <table class="list">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Type</th>
                  <th class="num">Mentions</th>
                  <th class="num">Reports</th>
                  <th>Also written</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <EntityLink entity={e} />
                    </td>
                    <td>{e.type}</td>
                    <td class="num">{e.mentionCount}</td>
                    <td class="num">{e.documentCount}</td>
                    <td class="muted">{e.aliases.join("; ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager offset={offset} limit={LIMIT} count={page.items.length} onChange={setOffset} />
          </>
        )}
      </Status>
    </section>
  );
}
