import { createContext, type JSX } from "preact";
import { useContext, useEffect } from "preact/hooks";
import { type Meta, useApi } from "./api.js";
import { SearchBox } from "./components/search-box.js";
import { interceptLinks, match, useLocation } from "./router.js";
import { ConflictsView } from "./views/conflicts.js";
import { DocumentsView } from "./views/documents.js";
import { EntitiesView } from "./views/entities.js";
import { EntityProfileView } from "./views/entity-profile.js";
import { LinkChartView } from "./views/link-chart.js";
import { MapView } from "./views/map.js";
import { ReaderView } from "./views/reader.js";
import { ReviewView } from "./views/review.js";
import { SearchView } from "./views/search.js";
import { TimelineView } from "./views/timeline.js";
import { UploadView } from "./views/upload.js";

const MetaContext = createContext<Meta | undefined>(undefined);

/** The store's vocabularies and which features this build has (analysis, resolution). */
export function useMeta(): Meta | undefined {
  return useContext(MetaContext);
}

const NAV = [
  ["/", "Documents"],
  ["/entities", "Entities"],
  ["/conflicts", "Conflicts"],
  ["/review", "Review"],
  ["/map", "Map"],
  ["/upload", "Upload"],
] as const;

/** The views by URL: the first pattern that matches the path renders. */
const ROUTES: [string, (params: Record<string, string>, query: URLSearchParams) => JSX.Element][] = [
  ["/", () => <DocumentsView />],
  ["/documents/:id", (p, q) => <ReaderView id={p.id!} statement={q.get("statement")} />],
  ["/entities", (_, q) => <EntitiesView type={q.get("type")} />],
  ["/entities/:id", (p) => <EntityProfileView id={p.id!} />],
  ["/chart/:id", (p, q) => <LinkChartView id={p.id!} to={q.get("to")} />],
  ["/timeline/:id", (p) => <TimelineView id={p.id!} />],
  ["/map", (_, q) => <MapView entity={q.get("entity")} />],
  ["/conflicts", () => <ConflictsView />],
  ["/review", () => <ReviewView />],
  ["/upload", () => <UploadView />],
  ["/search", (_, q) => <SearchView q={q.get("q") ?? ""} />],
];

function View({ path, query }: { path: string; query: URLSearchParams }) {
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path);
    if (params) return render(params, query);
  }
  return (
    <section>
      <h1>Not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. <a href="/">Back to the documents</a>.
      </p>
    </section>
  );
}

export function App() {
  const { path, query } = useLocation();
  const meta = useApi<Meta>("/api/meta");
  useEffect(() => {
    document.addEventListener("click", interceptLinks);
    return () => document.removeEventListener("click", interceptLinks);
  }, []);
  // A new view starts at the top, and the main region takes focus for keyboard and screen-reader users.
  useEffect(() => {
    window.scrollTo(0, 0);
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [path]);
  const section = `/${path.split("/")[1] ?? ""}`;
  return (
    <MetaContext.Provider value={meta.data}>
      <button type="button" class="skip" onClick={() => document.getElementById("main")?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href="/">
          Tessera
        </a>
        <nav aria-label="Views">
          {NAV.map(([href, label]) => (
            <a
              href={href}
              aria-current={
                section === href || (href === "/" && section === "/documents") ? "page" : undefined
              }
            >
              {label}
            </a>
          ))}
        </nav>
        <SearchBox initial={path === "/search" ? (query.get("q") ?? "") : ""} />
      </header>
      <main id="main" tabIndex={-1}>
        <View path={path} query={query} />
      </main>
    </MetaContext.Provider>
  );
}
