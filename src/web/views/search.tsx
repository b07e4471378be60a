import { type EntityRef, useApi } from "../api.js";
import { EntityLink } from "../components/entity-link.js";
import { Status } from "../components/status.js";

interface SearchResult {
  documents: {
    id: string;
    title: string;
    published: string | null;
    source: string | null;
    snippet: string;
  }[];
  entities: (EntityRef & { matched: string; similarity: number })[];
}

/** ts_headline marks hits with « »; they become <mark>s. */
function Snippet({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(«[^»]*»)/)
        .map((part) => (part.startsWith("«") ? <mark>{part.slice(1, -1)}</mark> : part.replace(/\s+/g, " ")))}
    </>
  );
}

export function SearchView({ q }: { q: string }) {
  const loaded = useApi<SearchResult>(q ? `/api/search?q=${encodeURIComponent(q)}&limit=30` : null);
  return (
    <section>
      <h1>Search: “{q}”</h1>
      <Status loaded={loaded}>
        {(found) => (
          <div class="columns">
            <div>
              <h2>Reports ({found.documents.length})</h2>
              <ol class="hits">
                {found.documents.map((d) => (
                  <li key={d.id}>
                    <a href={`/documents/${d.id}`}>{d.title}</a>{" "}
                    <span class="muted">
                      {d.published ?? ""} {d.source ?? ""}
                    </span>
                    <p>
                      <Snippet text={d.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h2>Names ({found.entities.length})</h2>
              <ul class="plain">
                {found.entities.map((e) => (
                  <li key={e.id}>
                    <EntityLink entity={e} /> <span class="muted">as “{e.matched}”</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </Status>
    </section>
  );
}
