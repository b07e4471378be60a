import { useState } from "preact/hooks";
import { type DocumentSummary, type Page, useApi } from "../api.js";
import { Pager } from "../components/pager.js";
import { Status } from "../components/status.js";

const LIMIT = 50;

export function DocumentsView() {
  const [offset, setOffset] = useState(0);
  const loaded = useApi<Page<DocumentSummary>>(`/api/documents?limit=${LIMIT}&offset=${offset}`);
  return (
    <section>
      <h1>Documents</h1>
      <Status loaded={loaded}>
        {(page) =>
          page.items.length === 0 && offset === 0 ? (
            <p class="empty">
              The store is empty. <a href="/upload">Upload reports</a> to begin.
            </p>
          ) : (
            <>
              <table class="list">
                <thead>
                  <tr>
                    <th>Published</th>
                    <th>Title</th>
                    <th>Source</th>
                    <th title="Source reliability, A–F">Grade</th>
                    <th>TLP</th>
                    <th class="num">Mentions</th>
                    <th class="num">Statements</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((d) => (
                    <tr key={d.id}>
                      <td class="nowrap">{d.published ?? "—"}</td>
                      <td>
                        <a href={`/documents/${d.id}`}>{d.title}</a>
                      </td>
                      <td>{d.source?.name ?? "—"}</td>
                      <td>
                        <span class={`grade g-${d.source?.reliability ?? "F"}`}>
                          {d.source?.reliability ?? "F"}
                        </span>
                      </td>
                      <td>
                        <span class={`tlp tlp-${d.marking.replace("+", "-")}`}>
                          TLP:{d.marking.toUpperCase()}
                        </span>
                      </td>
                      <td class="num">{d.mentionCount}</td>
                      <td class="num">{d.statementCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager offset={offset} limit={LIMIT} count={page.items.length} onChange={setOffset} />
            </>
          )
        }
      </Status>
    </section>
  );
}
