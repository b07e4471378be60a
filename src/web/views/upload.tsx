import { useState } from "preact/hooks";
import type { IngestResult } from "../api.js";

interface Item {
  key: string;
  file: File;
  progress: number;
  state: "waiting" | "uploading" | "analysing" | "done";
  results: IngestResult[];
  error?: string;
}

interface Metadata {
  source: string;
  reliability: string;
  tlp: string;
}

/**
 * One request per file, so each gets its own progress bar and its own result (XMLHttpRequest: fetch
 * cannot report upload progress). The API answers in the `ingest --json` shape.
 */
function send(
  file: File,
  metadata: Metadata,
  onProgress: (fraction: number) => void,
): Promise<IngestResult[]> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(metadata)) if (value) form.append(key, value);
    form.append("files", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/documents");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = xhr.response as { documents?: IngestResult[]; error?: { message: string } } | null;
      if (xhr.status === 200 && body?.documents) resolve(body.documents);
      else reject(new Error(body?.error?.message ?? `${file.name}: the server answered ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error(`${file.name}: the upload failed (network error)`));
    xhr.send(form);
  });
}

export function UploadView() {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const [metadata, setMetadata] = useState<Metadata>({ source: "", reliability: "", tlp: "" });
  const update = (key: string, patch: Partial<Item>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  async function upload(files: File[]) {
    const added = files.map(
      (file, n): Item => ({
        key: `${Date.now()}-${n}-${file.name}`,
        file,
        progress: 0,
        state: "waiting",
        results: [],
      }),
    );
    setItems((list) => [...added, ...list]);
    for (const item of added) {
      update(item.key, { state: "uploading" });
      try {
        const results = await send(item.file, metadata, (progress) =>
          update(item.key, { progress, state: progress >= 1 ? "analysing" : "uploading" }),
        );
        update(item.key, { progress: 1, state: "done", results });
      } catch (error) {
        update(item.key, { state: "done", error: (error as Error).message });
      }
    }
  }

  const field = (key: keyof Metadata) => (e: Event) =>
    setMetadata({ ...metadata, [key]: (e.target as HTMLInputElement).value });

  return (
    <section class="upload">
      <h1>Upload reports</h1>
      <p class="muted">
        Text, Markdown, HTML, PDF, DOCX or JSON Lines, up to 50 MiB each. Fields left empty are read from the
        files.
      </p>
      <div class="upload-meta">
        <label>
          Source <input value={metadata.source} onInput={field("source")} placeholder="Maghreb Wire" />
        </label>
        <label>
          Reliability
          <select value={metadata.reliability} onChange={field("reliability")}>
            <option value="">from the source</option>
            {["A", "B", "C", "D", "E", "F"].map((g) => (
              <option value={g}>{g}</option>
            ))}
          </select>
        </label>
        <label>
          TLP
          <select value={metadata.tlp} onChange={field("tlp")}>
            <option value="">from the file (default clear)</option>
            {["clear", "green", "amber", "amber+strict", "red"].map((t) => (
              <option value={t}>{t}</option>
            ))}
          </select>
        </label>
      </div>
      <label
        class={over ? "dropzone over" : "dropzone"}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const files = [...(e.dataTransfer?.files ?? [])];
          if (files.length > 0) void upload(files);
        }}
      >
        <span>Drop reports here, or choose files</span>
        <input
          type="file"
          multiple
          accept=".txt,.md,.html,.htm,.pdf,.docx,.jsonl,.ndjson"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = "";
            if (files.length > 0) void upload(files);
          }}
        />
      </label>
      <ul class="uploads" aria-live="polite">
        {items.map((item) => (
          <li key={item.key} class={`upload-item ${item.state}`} data-file={item.file.name}>
            <div class="upload-name">
              <strong>{item.file.name}</strong>
              {item.state !== "done" && (
                <>
                  <progress max={1} value={item.progress} aria-label={`Uploading ${item.file.name}`} />
                  <span class="muted">{item.state === "analysing" ? "analysing…" : item.state}</span>
                </>
              )}
            </div>
            {item.error && (
              <p class="error" role="alert">
                {item.error}
              </p>
            )}
            {item.results.map((r) =>
              r.status === "failed" ? (
                <p class="error" role="alert" data-status="failed">
                  {r.error} <span class="muted">({r.code})</span>
                </p>
              ) : (
                <p class="ok" data-status={r.status}>
                  {r.status === "ingested" ? "Ingested" : "Already in the store"}:{" "}
                  <a href={`/documents/${r.id}`}>{r.title}</a>
                  {r.status === "ingested" && (
                    <span class="muted">
                      {" "}
                      — {r.entities} entities, {r.statements} statements
                    </span>
                  )}
                </p>
              ),
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
